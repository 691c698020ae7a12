import { formatDuration } from '../../lib/engine/sla';
import type { Lang } from '../../lib/i18n/translate';
import type { QueueTranslate } from '../../lib/i18n/queue';

/** «осталось 1 ч 25 мин» / «просрочено на 25 мин» for working time left (negative = overdue). */
export function describeLeft(leftMs: number | null, t: QueueTranslate, lang: Lang): string {
  if (leftMs === null) return t('noDue');
  // formatDuration rounds down to whole minutes: under one it would say "0 min".
  if (leftMs > 0) return leftMs < 60_000 ? t('leftUnderMinute') : t('left', { d: formatDuration(leftMs, lang) });
  return -leftMs < 60_000 ? t('overdueUnderMinute') : t('overdue', { d: formatDuration(-leftMs, lang) });
}

/** A wall-clock time in the reader's zone: «14:05» today, «23.11, 14:05» on another day. */
export function formatClockTime(ms: number, now: number, lang: Lang): string {
  const at = new Date(ms);
  const sameDay = at.toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  return at.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', options);
}
