import browser from 'webextension-polyfill';
import type { ThreadRecord } from '../../lib/schema/storage';
import type { Settings } from '../../lib/schema/settings';
import { openableUrl } from '../../lib/web-url';
import { browserLanguages, resolveLang, type Lang } from '../../lib/i18n/lang';
import { formatDuration } from '../../lib/engine/sla/duration';
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
  /** Asked only when a notification is shown (working time is not free to compute for every thread). */
  timing?: () => SlaTiming | undefined,
): Promise<ThreadRecord> {
  if (thread.status !== 'waiting' || !working) return thread;
  const kind = thread.slaState === 'breached' ? 'breach' : thread.slaState === 'warning' ? 'warning' : null;
  if (!kind || thread.notified[kind]) return thread;
  const notified = { ...thread.notified, [kind]: true, ...(kind === 'breach' ? { warning: true } : {}) };
  if (wanted[kind]) {
    const lang = resolveLang(language, browserLanguages());
    const t = notificationsTranslator(lang);
    const known = timing?.();
    const detail = known ? timingLine(known, lang, t) : '';
    const body = thread.lastCustomerText || thread.url;
    await browser.notifications
      .create(`trustops:${kind}:${thread.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: `${t(kind)} · ${thread.title || thread.site}`,
        message: detail ? `${detail}\n${body}` : body,
      })
      .catch((e: unknown) => console.warn('[TrustOps] notification failed', e));
  }
  return { ...thread, notified };
}

/** Working time left until due (negative = overdue) and the policy's working day, for the notification's first line. */
export interface SlaTiming {
  leftMs: number;
  workdayMs: number;
}

/** «Просрочено на 2 раб. дня 3 ч» / "15 min left"; nothing under a minute (the title says enough). */
function timingLine({ leftMs, workdayMs }: SlaTiming, lang: Lang, t: ReturnType<typeof notificationsTranslator>): string {
  if (Math.abs(leftMs) < 60_000) return '';
  const d = formatDuration(Math.abs(leftMs), lang, workdayMs);
  return leftMs > 0 ? t('left', { d }) : t('overdue', { d });
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
