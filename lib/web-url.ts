/** `value` as a URL when it is a web page address (http or https); null for anything else. */
export function httpUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Only web pages are opened: a stored address that is anything else (`javascript:`, `data:`, `file:`) is not. */
export function openableUrl(value: string | undefined): string | null {
  return httpUrl(value)?.href ?? null;
}
