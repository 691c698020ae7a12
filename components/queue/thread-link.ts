import browser from 'webextension-polyfill';

/** Thread addresses come from web pages: only plain web links may be opened from the queue. */
export function safeThreadUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/**
 * Brings the thread's tab to the front when it is open, otherwise opens it in a new tab. Tab
 * addresses are visible only on sites the extension may access; elsewhere a new tab opens.
 * Telegram Web keeps the chat in the fragment, so a link with a fragment needs an exact match.
 */
export async function openThread(url: string): Promise<void> {
  const safe = safeThreadUrl(url);
  if (!safe) throw new Error('unsafe url');
  const tabs = await browser.tabs.query({});
  const exact = tabs.find((t) => t.url === safe);
  // A link without a fragment also matches a tab that has since moved to one (an anchor, a reply form).
  const tab = exact ?? (safe.includes('#') ? undefined : tabs.find((t) => !!t.url && withoutHash(t.url) === safe));
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url: safe });
}
