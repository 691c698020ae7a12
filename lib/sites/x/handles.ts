/** `/zernoipar` or `https://x.com/zernoipar` → `zernoipar` (lower case; X handles are case-insensitive). */
export function handleFromHref(href: string | null | undefined): string {
  if (!href) return '';
  const match = /^(?:https?:\/\/[^/]+)?\/([A-Za-z0-9_]{1,15})\/?(?:$|[?#])/.exec(href);
  return match ? match[1]!.toLowerCase() : '';
}
