import { isCalendarDate, WEEKDAYS, type Weekday } from '../../../lib/schema/policy';
import { lang } from '../i18n';

const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
/** 2024-01-01 was a Monday; the weekday names come from Intl rather than from a dictionary. */
const MONDAY_UTC = Date.UTC(2024, 0, 1);
const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });

export function weekdayName(day: Weekday): string {
  const name = weekdayFormat.format(MONDAY_UTC + WEEKDAYS.indexOf(day) * 86_400_000);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', weekday: 'short', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', weekday: 'short', timeZone: 'UTC' });

/**
 * "2026-11-04" → «ср, 4 нояб. 2026 г.» (or «ср, 4 нояб.» without the year, for lists grouped by
 * year); the text itself when it is no date.
 */
export function calendarDateLabel(date: string, withYear = true): string {
  if (!isCalendarDate(date)) return date;
  return (withYear ? dateFormat : dayFormat).format(Date.parse(`${date}T00:00:00Z`));
}

/** An instant in the policy's zone: «пн, 23 нояб., 16:39 (Europe/Moscow)». */
export function zonedDateTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone,
  }).format(ms);
}
