/**
 * Times as the sites render them. Clock times ("07:49", "2:38 PM") and day labels ("сегодня",
 * "22 ноября", "Yesterday") are read in the browser's local time zone: VK, Telegram and LinkedIn
 * render them in the viewer's zone, so the local zone is the one that makes them true instants.
 */

export interface CalendarDay {
  year: number;
  month: number; // 0-11
  day: number;
}

export interface ClockTime {
  hours: number;
  minutes: number;
}

const MONTH_PREFIXES: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
  янв: 0, фев: 1, мар: 2, апр: 3, мая: 4, май: 4, июн: 5, июл: 6, авг: 7, сен: 8, окт: 9, ноя: 10, дек: 11,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  воскресенье: 0, понедельник: 1, вторник: 2, среда: 3, среду: 3, четверг: 4, пятница: 5, пятницу: 5, суббота: 6, субботу: 6,
};

const RELATIVE_DAYS: Record<string, number> = {
  today: 0, сегодня: 0, yesterday: -1, вчера: -1, позавчера: -2,
};

function dayOf(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth(), day: date.getDate() };
}

function shiftDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function validIso(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** `data-timestamp="1763880900"` (Telegram Web K, VK legacy `data-ts`). */
export function isoFromUnixSeconds(value: string | null | undefined): string | null {
  if (!value || !/^\d{9,11}$/.test(value.trim())) return null;
  return validIso(Number(value) * 1000);
}

/** `time[datetime]` and other machine-readable stamps. */
export function isoFromDatetime(value: string | null | undefined): string | null {
  if (!value) return null;
  return validIso(Date.parse(value));
}

/** "07:49", "19:49:03", "2:38 PM" → hours and minutes (24-hour). */
export function parseClock(text: string): ClockTime | null {
  const match = /(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([AaPp]\.?\s?[Mm]\.?)?/.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/[^ap]/g, '');
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}

function monthFrom(word: string): number | undefined {
  return MONTH_PREFIXES[word.toLowerCase().slice(0, 3)];
}

/** A day without a year is the latest such day not in the future (a list shows past messages). */
function withYear(month: number, day: number, year: number | undefined, now: Date): CalendarDay {
  if (year !== undefined) return { year, month, day };
  const thisYear = now.getFullYear();
  const candidate = new Date(thisYear, month, day);
  return { year: candidate.getTime() > shiftDays(now, 1).getTime() ? thisYear - 1 : thisYear, month, day };
}

/**
 * Day separators and date prefixes: "Сегодня", "Yesterday", "22 ноября", "22 ноя 2025",
 * "November 22", "Nov 22, 2025", "понедельник", "22.11.2026", "2026-11-22".
 */
export function parseDayLabel(label: string, now: Date = new Date()): CalendarDay | null {
  const text = label.trim().toLowerCase().replace(/[,.]\s*$/, '');
  if (!text) return null;
  for (const [word, offset] of Object.entries(RELATIVE_DAYS)) {
    if (text.startsWith(word)) return dayOf(shiftDays(now, offset));
  }
  let match = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
  match = /(\d{1,2})\.(\d{1,2})\.(\d{2,4})/.exec(text);
  if (match) {
    const year = Number(match[3]);
    return { year: year < 100 ? 2000 + year : year, month: Number(match[2]) - 1, day: Number(match[1]) };
  }
  match = /(\d{1,2})\/(\d{1,2})\/(\d{2,4})/.exec(text); // en-US month/day/year
  if (match) {
    const year = Number(match[3]);
    return { year: year < 100 ? 2000 + year : year, month: Number(match[1]) - 1, day: Number(match[2]) };
  }
  match = /(\d{1,2})\s+([a-zа-яё]{3,})\.?(?:\s+(\d{4}))?/.exec(text); // 22 ноября [2025]
  if (match) {
    const month = monthFrom(match[2]!);
    if (month !== undefined) return withYear(month, Number(match[1]), match[3] ? Number(match[3]) : undefined, now);
  }
  match = /([a-zа-яё]{3,})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/.exec(text); // November 22[, 2025]
  if (match) {
    const month = monthFrom(match[1]!);
    if (month !== undefined) return withYear(month, Number(match[2]), match[3] ? Number(match[3]) : undefined, now);
  }
  const weekday = WEEKDAYS[text.split(/\s+/, 1)[0] ?? ''];
  if (weekday !== undefined) {
    const back = (now.getDay() - weekday + 7) % 7 || 7;
    return dayOf(shiftDays(now, -back));
  }
  return null;
}

/** A local calendar day plus a clock time as an ISO instant. */
export function localIso(day: CalendarDay, clock: ClockTime): string | null {
  return validIso(new Date(day.year, day.month, day.day, clock.hours, clock.minutes).getTime());
}

/** "сегодня в 10:15", "22 ноя в 9:03", "Nov 22, 2026, 10:15 AM": a day label and a clock in one string. */
export function parseDateTimeText(text: string, now: Date = new Date()): string | null {
  const clock = parseClock(text);
  if (!clock) return null;
  const dayPart = text.replace(/\d{1,2}[:.]\d{2}(?::\d{2})?\s*([AaPp]\.?\s?[Mm]\.?)?/, '').replace(/\s(в|at)\s*$/i, '');
  const day = parseDayLabel(dayPart, now) ?? dayOf(now);
  return localIso(day, clock);
}

// Months before minutes: "mo"/"мес" must not be read as "m"/"мин".
const RELATIVE_UNITS: [RegExp, number][] = [
  [/^(s|sec|second|сек|секунд)/, 1_000],
  [/^(mo|month|мес)/, 2_592_000_000],
  [/^(m|min|minute|мин|минут)/, 60_000],
  [/^(h|hr|hour|ч|час)/, 3_600_000],
  [/^(d|day|дн|день|дня|дней)/, 86_400_000],
  [/^(w|wk|week|нед)/, 604_800_000],
  [/^(y|yr|year|г|год|лет)/, 31_536_000_000],
];

/**
 * "2 hours ago", "3 дня назад", "5h", "1 мин.": YouTube and Facebook show only relative times,
 * so the instant is approximate to the unit shown (a "2 days ago" comment is ±1 day).
 */
export function parseRelativeTime(text: string, now: Date = new Date()): string | null {
  const match = /(\d+)\s*([a-zа-яё]+)/i.exec(text.toLowerCase());
  if (!match) return /^(just now|только что|now|сейчас)/i.test(text.trim()) ? now.toISOString() : null;
  const unit = match[2]!;
  const found = RELATIVE_UNITS.find(([pattern]) => pattern.test(unit));
  if (!found) return null;
  return validIso(now.getTime() - Number(match[1]) * found[1]);
}
