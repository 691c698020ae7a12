import type { SlaPolicy } from '../../schema/policy';
import { plural, type Lang } from '../../i18n/lang';

// Type-only imports besides lib/i18n/lang (no zod, no luxon): the content script's timer uses this file.

const UNITS = { ru: { hours: 'ч', minutes: 'мин' }, en: { hours: 'h', minutes: 'min' } } as const;

/** «раб. день / раб. дня / раб. дней», "working day(s)"; plain days for a 24/7 policy. */
const DAY_WORDS = {
  ru: { working: { one: 'раб. день', few: 'раб. дня', many: 'раб. дней' }, calendar: { one: 'день', few: 'дня', many: 'дней' } },
  en: { working: { one: 'working day', few: 'working days', many: 'working days' }, calendar: { one: 'day', few: 'days', many: 'days' } },
} as const;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * "1 ч 25 мин" / "1 h 25 min" for the SLA timer, the queue, notifications and the dashboard. Whole
 * minutes, rounded down (a timer must not claim time that has not passed). With `workdayMs` (the
 * policy's working day, workdayMsOf) a duration of at least one working day reads in working days
 * and whole hours: «2 раб. дня 3 ч» / "2 working days 3 h" — a business day is not 24 hours, so
 * "61 h 56 min" of working time is two and a half working days to a reader. Without it hours are
 * never folded. Negative durations (overdue) get a leading "-".
 */
export function formatDuration(ms: number, lang: Lang, workdayMs?: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`cannot format duration ${ms}`);
  const sign = (totalMinutes: number) => (ms < 0 && totalMinutes > 0 ? '-' : '');
  const abs = Math.abs(ms);
  if (workdayMs && workdayMs >= HOUR_MS && abs >= workdayMs) {
    const days = Math.floor(abs / workdayMs);
    const hours = Math.floor((abs - days * workdayMs) / HOUR_MS);
    const words = DAY_WORDS[lang][workdayMs >= DAY_MS ? 'calendar' : 'working'];
    const text = `${days} ${words[plural(lang, days)]}` + (hours ? ` ${hours} ${UNITS[lang].hours}` : '');
    return sign(1) + text;
  }
  const units = UNITS[lang];
  const totalMinutes = Math.floor(abs / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} ${units.hours}`);
  if (minutes || !hours) parts.push(`${minutes} ${units.minutes}`);
  return sign(totalMinutes) + parts.join(' ');
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The length of the policy's usual working day in ms: the most common non-zero day length of the
 * week (the longest on a tie), 24 h for a 24/7 policy (no `hours`). What formatDuration folds by.
 */
export function workdayMsOf(policy: Pick<SlaPolicy, 'hours'>): number {
  if (!policy.hours) return DAY_MS;
  const counts = new Map<number, number>();
  for (const intervals of Object.values(policy.hours)) {
    const minutes = (intervals ?? []).reduce((sum, [start, end]) => sum + Math.max(0, minutesOf(end) - minutesOf(start)), 0);
    if (minutes > 0) counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [minutes, count] of counts)
    if (count > bestCount || (count === bestCount && minutes > best)) [best, bestCount] = [minutes, count];
  return best ? best * 60_000 : DAY_MS;
}
