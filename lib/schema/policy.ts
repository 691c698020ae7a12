import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * SLA policy, events and report — the "SLA contract" of DESIGN.md.
 * Extension beyond the contract: `workingDays` (moved working days, e.g. a working Saturday) and
 * `workingDayHours` (their hours; see below). Everything the contract's example shows keeps its meaning.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const isTimeOfDay = (text: string) => TIME_OF_DAY.test(text);
const TimeOfDaySchema = z
  .string()
  .refine(isTimeOfDay, { error: (i) => `invalid time ${JSON.stringify(i.input)} (expected HH:mm from 00:00 to 24:00)` });

/** Minutes since local midnight of a validated "HH:mm" ("24:00" → 1440). */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const IntervalSchema = z
  .tuple([TimeOfDaySchema, TimeOfDaySchema])
  // A malformed time already has its own issue; comparing it would only add noise.
  .refine(([start, end]) => !isTimeOfDay(start) || !isTimeOfDay(end) || minutesOfDay(start) < minutesOfDay(end), {
    error: (i) => {
      const [start, end] = i.input as [string, string];
      return `interval must end after it starts ("${start}"–"${end}")`;
    },
  });

/** One day's working intervals, e.g. [["09:00","13:00"],["14:00","18:00"]]; [] = closed. */
export const DayHoursSchema = z
  .array(IntervalSchema)
  .max(48)
  .superRefine((intervals, ctx) => {
    const sorted = intervals
      .filter(([start, end]) => isTimeOfDay(start) && isTimeOfDay(end))
      .sort((a, b) => minutesOfDay(a[0]) - minutesOfDay(b[0]));
    for (let i = 1; i < sorted.length; i++) {
      const [prev, next] = [sorted[i - 1]!, sorted[i]!];
      if (minutesOfDay(next[0]) < minutesOfDay(prev[1]))
        ctx.addIssue({ code: 'custom', message: `intervals overlap: ${prev.join('–')} and ${next.join('–')}` });
    }
  });
export type DayHours = z.infer<typeof DayHoursSchema>;

/** A missing weekday is closed; the whole `hours` key missing means 24/7. Unknown keys are typos. */
export const WeekHoursSchema = z.strictObject({
  mon: DayHoursSchema.optional(),
  tue: DayHoursSchema.optional(),
  wed: DayHoursSchema.optional(),
  thu: DayHoursSchema.optional(),
  fri: DayHoursSchema.optional(),
  sat: DayHoursSchema.optional(),
  sun: DayHoursSchema.optional(),
});
export type WeekHours = z.infer<typeof WeekHoursSchema>;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const m = CALENDAR_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { error: (i) => `invalid date ${JSON.stringify(i.input)} (expected YYYY-MM-DD)` });

const TimeZoneSchema = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), { error: (i) => `unknown IANA time zone ${JSON.stringify(i.input)}` });

const MinutesSchema = z.number().positive().max(10 * 366 * 24 * 60);

export const SlaPolicySchema = z
  .object({
    timezone: TimeZoneSchema,
    hours: WeekHoursSchema.optional(),
    holidays: z.array(CalendarDateSchema).max(20_000).optional(),
    /** Dates that are working days although their weekday is closed (a moved working Saturday). */
    workingDays: z.array(CalendarDateSchema).max(20_000).optional(),
    /**
     * Hours of a moved working day. Default: the hours of the first weekday from Monday on that has any
     * (for a usual office that is Monday, i.e. a normal working day); 00:00–24:00 for a 24/7 policy.
     */
    workingDayHours: DayHoursSchema.optional(),
    firstReplyMinutes: MinutesSchema,
    nextReplyMinutes: MinutesSchema,
    /** Share of the target after which a waiting thread is in "warning"; default 0.75. */
    warnRatio: z.number().min(0).max(1).optional(),
  })
  .superRefine((policy, ctx) => {
    const holidays = new Set(policy.holidays ?? []);
    policy.workingDays?.forEach((date, index) => {
      if (holidays.has(date))
        ctx.addIssue({ code: 'custom', path: ['workingDays', index], message: `${date} is also listed in holidays` });
    });
    const weeklyOpen = !policy.hours || WEEKDAYS.some((day) => policy.hours?.[day]?.length);
    const movedDaysOpen = !!policy.workingDays?.length && !!policy.workingDayHours?.length;
    if (!weeklyOpen && !movedDaysOpen)
      ctx.addIssue({ code: 'custom', path: ['hours'], message: 'no working time on any day (omit "hours" for 24/7)' });
  });
/** Optional keys stay optional after parsing; the engine applies the documented defaults. */
export type SlaPolicy = z.infer<typeof SlaPolicySchema>;

export const DEFAULT_WARN_RATIO = 0.75;

// ---------- instants ----------

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Epoch ms of an ISO 8601 instant that names its offset ("Z" or "+03:00"); NaN otherwise — a local
 * time without an offset is ambiguous. The canonical `YYYY-MM-DDTHH:mm:ss.sssZ` form takes a fast path.
 */
export function parseIsoInstant(text: string): number {
  const canonical = parseCanonicalUtc(text);
  if (canonical !== undefined) return canonical;
  if (!ISO_WITH_OFFSET.test(text)) return NaN;
  const parsed = DateTime.fromISO(text, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : NaN;
}

/**
 * Undefined when the text is not exactly canonical; otherwise its epoch ms (NaN for an impossible
 * date or time). Written out character by character on purpose: a report parses 200k of these,
 * and loops, array destructuring or helper closures (tsx/esbuild wrap named closures to keep their
 * names) made this parse cost more than the rest of the report.
 */
function parseCanonicalUtc(t: string): number | undefined {
  if (t.length !== 24) return undefined;
  // Separators: - - T : : . Z
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58) return undefined;
  if (t.charCodeAt(16) !== 58 || t.charCodeAt(19) !== 46 || t.charCodeAt(23) !== 90) return undefined;
  const y0 = t.charCodeAt(0) - 48, y1 = t.charCodeAt(1) - 48, y2 = t.charCodeAt(2) - 48, y3 = t.charCodeAt(3) - 48;
  const mo0 = t.charCodeAt(5) - 48, mo1 = t.charCodeAt(6) - 48, d0 = t.charCodeAt(8) - 48, d1 = t.charCodeAt(9) - 48;
  const h0 = t.charCodeAt(11) - 48, h1 = t.charCodeAt(12) - 48, mi0 = t.charCodeAt(14) - 48, mi1 = t.charCodeAt(15) - 48;
  const s0 = t.charCodeAt(17) - 48, s1 = t.charCodeAt(18) - 48;
  const f0 = t.charCodeAt(20) - 48, f1 = t.charCodeAt(21) - 48, f2 = t.charCodeAt(22) - 48;
  // A non-digit is negative or ≥ 10: the OR has bits above 3 for anything negative or ≥ 16, the max catches 10…15.
  if ((y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1 | f0 | f1 | f2) >>> 4 !== 0) return undefined;
  if (Math.max(y0, y1, y2, y3, mo0, mo1, d0, d1, h0, h1, mi0, mi1, s0, s1, f0, f1, f2) > 9) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
    return NaN;
  return ((daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + f0 * 100 + f1 * 10 + f2;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date — plain calendar counting (Date.UTC does the
 * same but costs more than the rest of the parse). Years are counted from March so that the leap
 * day is the last day of its year; 146097 days make a 400-year cycle.
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** An ISO instant with an explicit offset, kept as the original text. */
export const IsoInstantSchema = z.string().refine((s) => !Number.isNaN(parseIsoInstant(s)), {
  error: (i) => `invalid time ${JSON.stringify(i.input)} (expected ISO 8601 with Z or an offset, e.g. 2026-11-20T10:00:00Z)`,
});

// ---------- events ----------

export const SlaDirectionSchema = z.enum(['in', 'out'], { error: (i) => `direction must be "in" or "out", got ${JSON.stringify(i.input)}` });
export type SlaDirection = z.infer<typeof SlaDirectionSchema>;

/** One line of the events JSONL: a customer message (`in`) or the brand's reply (`out`). */
export const SlaEventSchema = z.object({
  thread: z.string().min(1, 'thread is empty').max(1000),
  at: IsoInstantSchema,
  direction: SlaDirectionSchema,
});
/**
 * An event as the engine takes it: files give ISO text; the extension may pass epoch ms or a Date
 * (parsing 200k ISO strings per recompute is measurable).
 */
export type SlaEvent = Omit<z.infer<typeof SlaEventSchema>, 'at'> & { at: string | number | Date };

// ---------- report ----------

export const SlaTargetSchema = z.enum(['first', 'next']);
export type SlaTarget = z.infer<typeof SlaTargetSchema>;

export const SlaReplySchema = z.object({
  start: z.string(),
  end: z.string(),
  target: SlaTargetSchema,
  businessMs: z.number().int(),
  withinSla: z.boolean(),
});
export type SlaReply = z.infer<typeof SlaReplySchema>;

export const ThreadStateSchema = z.enum(['answered', 'ok', 'warning', 'breached']);
export type ThreadStateName = z.infer<typeof ThreadStateSchema>;

/** Keys in the contract's order; `target` is present only while a clock is pending. */
export const ThreadReportSchema = z.object({
  thread: z.string(),
  state: ThreadStateSchema,
  pendingSince: z.string().nullable(),
  dueAt: z.string().nullable(),
  businessElapsedMs: z.number().int().nullable(),
  target: SlaTargetSchema.optional(),
  replies: z.array(SlaReplySchema),
});
export type ThreadReport = z.infer<typeof ThreadReportSchema>;

export const SlaSummarySchema = z.object({
  threads: z.number().int(),
  replies: z.number().int(),
  withinSla: z.number().int(),
  breachedNow: z.number().int(),
  waitingNow: z.number().int(),
});
export type SlaSummary = z.infer<typeof SlaSummarySchema>;

export const SlaReportSchema = z.object({ threads: z.array(ThreadReportSchema), summary: SlaSummarySchema });
export type SlaReport = z.infer<typeof SlaReportSchema>;
