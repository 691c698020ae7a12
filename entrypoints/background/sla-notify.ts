import browser from 'webextension-polyfill';
import type { ThreadRecord } from '../../lib/schema/storage';
import type { Settings } from '../../lib/schema/settings';
import { openableUrl } from '../../lib/web-url';
import { browserLanguages, resolveLang } from '../../lib/i18n/lang';
import { notificationsTranslator } from '../../lib/i18n/notifications';

/**
 * Shows at most one warning and one breach notification per clock, never outside working time
 * (the flag stays unset, so the alert comes when work resumes) and never for a snoozed thread.
 * Titles follow the language setting (the browser's for 'auto'), like the rest of the interface.
 */
export async function notifyThread(
  thread: ThreadRecord,
  wanted: Settings['notifications'],
  working: boolean,
  language: Settings['language'] = 'auto',
): Promise<ThreadRecord> {
  if (thread.status !== 'waiting' || !working) return thread;
  const kind = thread.slaState === 'breached' ? 'breach' : thread.slaState === 'warning' ? 'warning' : null;
  if (!kind || thread.notified[kind]) return thread;
  const notified = { ...thread.notified, [kind]: true, ...(kind === 'breach' ? { warning: true } : {}) };
  if (wanted[kind]) {
    const t = notificationsTranslator(resolveLang(language, browserLanguages()));
    await browser.notifications
      .create(`trustops:${kind}:${thread.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: `${t(kind)} · ${thread.title || thread.site}`,
        message: thread.lastCustomerText || thread.url,
      })
      .catch((e: unknown) => console.warn('[TrustOps] notification failed', e));
  }
  return { ...thread, notified };
}

/** Clicking a notification opens the thread it is about. */
export function watchNotificationClicks(urlOf: (threadId: string) => Promise<string | undefined>): void {
  browser.notifications.onClicked.addListener(async (id) => {
    if (!id.startsWith('trustops:')) return;
    const threadId = id.replace(/^trustops:(warning|breach):/, '');
    const url = openableUrl(await urlOf(threadId));
    if (url) await browser.tabs.create({ url });
  });
}
