import { DateTime } from 'luxon';
import { isCalendarDate } from '../../../../lib/schema/policy';

export type RangePreset = '7d' | '30d' | 'custom';

export interface RangeChoice {
  preset: RangePreset;
  /** Inclusive calendar dates (YYYY-MM-DD) of the custom range. */
  from: string;
  to: string;
}

export interface DayRange {
  /** Local midnight of the first day, and of the day after the last one (exclusive), in `zone`. */
  from: Date;
  to: Date;
  /** Every calendar date of the range, for a chart without gaps. */
  dates: string[];
}

/** Charts of more days than this are drawn from the days that have replies only. */
const MAX_FILLED_DAYS = 400;

/** Today and the `days − 1` days before it, in the policy's zone (the days of its per-day counts). */
function lastDays(days: number, now: number, zone: string) {
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  return { first: today.minus({ days: days - 1 }), last: today };
}

/** The period a choice means, or an error key when a custom range is incomplete or reversed. */
export function dayRangeOf(choice: RangeChoice, now: number, zone: string): DayRange | 'incomplete' | 'reversed' {
  let first: DateTime;
  let last: DateTime;
  if (choice.preset === 'custom') {
    if (!isCalendarDate(choice.from) || !isCalendarDate(choice.to)) return 'incomplete';
    first = DateTime.fromISO(choice.from, { zone }).startOf('day');
    last = DateTime.fromISO(choice.to, { zone }).startOf('day');
    if (last < first) return 'reversed';
  } else ({ first, last } = lastDays(choice.preset === '7d' ? 7 : 30, now, zone));
  const end = last.plus({ days: 1 });
  const dates: string[] = [];
  for (let day = first; day < end && dates.length <= MAX_FILLED_DAYS; day = day.plus({ days: 1 })) dates.push(day.toISODate()!);
  return { from: first.toJSDate(), to: end.toJSDate(), dates: dates.length > MAX_FILLED_DAYS ? [] : dates };
}

/** The custom range starts as the last 7 days, so switching to it shows something sensible. */
export function defaultCustomRange(now: number, zone: string): { from: string; to: string } {
  const { first, last } = lastDays(7, now, zone);
  return { from: first.toISODate()!, to: last.toISODate()! };
}
