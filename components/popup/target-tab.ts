import browser from 'webextension-polyfill';

export interface TargetTab {
  id: number;
  /** Known for the active tab once the user opened the popup (activeTab), or with a host permission. */
  url?: string;
}

/**
 * The tab the popup acts on: the active one, or the one named by `popup.html?tab=<id>` when the
 * popup is opened as a page (end-to-end tests do this: there the popup is a tab of its own).
 */
export async function targetTab(): Promise<TargetTab | null> {
  const named = new URLSearchParams(location.search).get('tab');
  const tab = named
    ? await browser.tabs.get(Number(named)).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
