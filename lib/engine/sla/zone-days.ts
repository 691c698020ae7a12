import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { DAY_MS } from './instant';

/**
 * Local calendar days of one IANA zone. A day is named by its index: days since 1970-01-01 of the
 * local date (so index ↔ date is plain calendar arithmetic); where it starts and ends in UTC comes
 * from luxon, once per day, because DST makes days 23 or 25 hours long.
 */
export class ZoneDays {
  private readonly midnights = new Map<number, number>();
  /** Offset of the last day found; the first guess of the next search (corrected by at most a step). */
  private offsetGuess = 0;

  constructor(readonly zone: string) {}

  /** UTC ms when the local day `index` begins (the first existing instant if midnight falls in a DST gap). */
  midnight(index: number): number {
    let ms = this.midnights.get(index);
    if (ms === undefined) {
      const { year, month, day } = calendarDate(index);
      ms = DateTime.fromObject({ year, month, day }, { zone: this.zone }).toMillis();
      this.midnights.set(index, ms);
    }
    return ms;
  }

  /** Index of the local day that contains the instant `ms`. */
  dayIndexAt(ms: number): number {
    let index = Math.floor((ms + this.offsetGuess) / DAY_MS);
    for (;;) {
      if (ms < this.midnight(index)) index--;
      else if (ms >= this.midnight(index + 1)) index++;
      else break;
    }
    this.offsetGuess = index * DAY_MS - this.midnight(index);
    return index;
  }

  /**
   * UTC ms of the local wall time `minute` (0…1440) on day `index`; 1440 is the next day's midnight.
   * A wall time skipped by a DST gap maps to where luxon puts it (shifted forward by the gap). A wall
   * time repeated by a fall-back maps to its FIRST occurrence — "we open at 01:30" means the first
   * time the clock shows 01:30 — while luxon alone would pick the second.
   */
  wallTime(index: number, minute: number): number {
    if (minute <= 0) return this.midnight(index);
    if (minute >= 1440) return this.midnight(index + 1);
    // A 24-hour day has one offset throughout (tzdb has no day with two changes that cancel out):
    // plain arithmetic, several times cheaper than asking luxon — it is most of the cost of a walk.
    const start = this.midnight(index);
    if (this.midnight(index + 1) - start === DAY_MS) return start + minute * 60_000;
    const { year, month, day } = calendarDate(index);
    const local = { year, month, day, hour: Math.floor(minute / 60), minute: minute % 60 };
    const later = DateTime.fromObject(local, { zone: this.zone });
    const offsetAtMidnight = DateTime.fromMillis(this.midnight(index), { zone: this.zone }).offset;
    if (offsetAtMidnight === later.offset) return later.toMillis();
    // The offset changed earlier that day: the same wall time under the morning's offset may be an earlier occurrence.
    const earlier = DateTime.fromObject(local, { zone: FixedOffsetZone.instance(offsetAtMidnight) }).setZone(this.zone);
    const showsSameTime = earlier.hour === local.hour && earlier.minute === local.minute && earlier.day === day;
    return showsSameTime && earlier.toMillis() < later.toMillis() ? earlier.toMillis() : later.toMillis();
  }
}

const zones = new Map<string, ZoneDays>();

/** The shared day table of a zone (days are the same for every policy in that zone). */
export function zoneDays(zone: string): ZoneDays {
  let days = zones.get(zone);
  if (!days) {
    // An unknown zone would make every luxon answer NaN; refuse it here rather than compute garbage.
    if (!IANAZone.isValidZone(zone)) throw new RangeError(`unknown IANA time zone ${JSON.stringify(zone)}`);
    zones.set(zone, (days = new ZoneDays(zone)));
  }
  return days;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export function calendarDate(index: number): CalendarDate {
  const date = new Date(index * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay() || 7,
  };
}

/** Day index of a validated "YYYY-MM-DD". */
export function dayIndexOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** "YYYY-MM-DD" of a day index. */
export function dateOfIndex(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}
