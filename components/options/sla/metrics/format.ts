import { formatDuration } from '../../../../lib/engine/sla';
import { lang } from '../../i18n';

const percentFormat = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** A metric that may be missing (no replies of that kind) as «—». */
export const NO_VALUE = '—';

/** A business duration; with the policy's working day, one of a day or more reads in working days. */
export function durationText(ms: number | null, workdayMs?: number): string {
  return ms === null ? NO_VALUE : formatDuration(ms, lang, workdayMs);
}

export function percentText(share: number | null): string {
  return share === null ? NO_VALUE : percentFormat.format(share);
}

const dayFormat = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "2026-11-23" → «23 нояб.» (the date is already local to the policy's zone). */
export function shortDate(date: string): string {
  return dayFormat.format(Date.parse(`${date}T00:00:00Z`));
}

const monthFormat = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11" → «ноябрь 2026 г.» / "November 2026" (the month is already local to the policy's zone). */
export function monthText(month: string): string {
  return monthFormat.format(Date.parse(`${month}-01T00:00:00Z`));
}

/** An instant as date and time in the policy's zone, e.g. «10 нояб. 2026 г., 11:00». */
export function dateTimeText(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(ms);
}
