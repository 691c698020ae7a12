import browser from 'webextension-polyfill';
import type { ThreadRecord } from '../../lib/schema/storage';
import type { Settings } from '../../lib/schema/settings';
import { openableUrl } from '../../lib/web-url';

const TEXT = {
  ru: { warning: 'Скоро просрочка ответа', breach: 'Срок ответа прошёл' },
  en: { warning: 'Reply due soon', breach: 'Reply is overdue' },
};

/**
 * Shows at most one warning and one breach notification per clock, never outside working time
 * (the flag stays unset, so the alert comes when work resumes) and never for a snoozed thread.
 */
export async function notifyThread(
  thread: ThreadRecord,
  wanted: Settings['notifications'],
  working: boolean,
): Promise<ThreadRecord> {
  if (thread.status !== 'waiting' || !working) return thread;
  const kind = thread.slaState === 'breached' ? 'breach' : thread.slaState === 'warning' ? 'warning' : null;
  if (!kind || thread.notified[kind]) return thread;
  const notified = { ...thread.notified, [kind]: true, ...(kind === 'breach' ? { warning: true } : {}) };
  if (wanted[kind]) {
    const lang = browser.i18n.getUILanguage().startsWith('en') ? 'en' : 'ru';
    await browser.notifications
      .create(`trustops:${kind}:${thread.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: `${TEXT[lang][kind]} · ${thread.title || thread.site}`,
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
