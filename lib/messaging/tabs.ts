import browser from 'webextension-polyfill';
import { TabMessageSchema, type TabMessage } from '../schema/messages';

/** Sends a message to the content script of the active tab; false when none is listening there. */
export async function sendToActiveTab(message: TabMessage): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  try {
    await browser.tabs.sendMessage(tab.id, message);
    return true;
  } catch {
    return false; // no content script on this page (not a supported site, or not enabled)
  }
}

/** Content-script side: runs `handler` for each valid tab message. */
export function onTabMessage(handler: (message: TabMessage) => void): () => void {
  const listener = async (raw: unknown) => {
    const parsed = TabMessageSchema.safeParse(raw);
    if (parsed.success) handler(parsed.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
