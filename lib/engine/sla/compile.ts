import { formatIssues } from '../../schema/issues';
import { DEFAULT_WARN_RATIO, minutesOfDay, SlaPolicySchema, WEEKDAYS, type DayHours, type SlaPolicy } from '../../schema/policy';
import { DAY_MS } from './instant';
import { calendarDate, dayIndexOf, zoneDays, type ZoneDays } from './zone-days';

/** One local day's working time as UTC instants: spans = [start0, end0, start1, end1, …], sorted. */
export interface WorkDay {
  index: number;
  /** UTC ms of the local midnights that bound the day. */
  start: number;
  end: number;
  spans: number[];
  workMs: number;
}

/** A validated policy in the form the computations want, with its per-day cache. */
export interface CompiledPolicy {
  zone: ZoneDays;
  /** Local working minutes per ISO weekday (index 1…7), flat [start, end, …]. */
  weekMinutes: number[][];
  movedDayMinutes: number[];
  holidays: Set<number>;
  workingDays: Set<number>;
  /** 24/7 without holidays: business time is wall time, no day tables needed. */
  alwaysOpen: boolean;
  /** No working time after this day index (Infinity when some weekday has hours). */
  lastWorkingDay: number;
  firstTargetMs: number;
  nextTargetMs: number;
  warnRatio: number;
  days: Map<number, WorkDay>;
  /** The last day looked up: consecutive lookups usually hit the same day. */
  recent: WorkDay | undefined;
  /** UTC offset (ms) at the start of the last day looked up: the first guess for the next lookup. */
  offsetGuess: number;
}

const FULL_DAY = [0, 1440];
const compiled = new WeakMap<SlaPolicy, CompiledPolicy>();
/** By content too: the background reads the policy from settings afresh for every message, and
 * rebuilding a year of day tables each time cost more than the rest of the work. */
const compiledByText = new Map<string, CompiledPolicy>();
const MAX_BY_TEXT = 8;

/**
 * Validates and compiles a policy once per policy object and per content (treat policies as
 * immutable: pass a new object after an edit). Throws a RangeError naming the JSON path of the
 * first problems.
 */
export function compilePolicy(policy: SlaPolicy): CompiledPolicy {
  let result = compiled.get(policy);
  if (!result) {
    const text = contentKey(policy);
    result = text === undefined ? undefined : compiledByText.get(text);
    if (!result) {
      result = compileValid(validate(policy));
      if (compiledByText.size >= MAX_BY_TEXT) compiledByText.delete(compiledByText.keys().next().value!);
      if (text !== undefined) compiledByText.set(text, result);
    }
    compiled.set(policy, result);
  }
  return result;
}

/** The policy as JSON text; undefined when it has none (validation then explains what is wrong). */
function contentKey(policy: SlaPolicy): string | undefined {
  try {
    return JSON.stringify(policy);
  } catch {
    return undefined;
  }
}

function validate(policy: SlaPolicy): SlaPolicy {
  const parsed = SlaPolicySchema.safeParse(policy);
  if (!parsed.success) throw new RangeError(`invalid SLA policy: ${formatIssues(parsed.error).slice(0, 5).join('; ')}`);
  return parsed.data;
}

function compileValid(policy: SlaPolicy): CompiledPolicy {
  const weekMinutes = [[], ...WEEKDAYS.map((day) => (policy.hours ? toMinutes(policy.hours[day] ?? []) : FULL_DAY))];
  const movedDayMinutes = policy.workingDayHours
    ? toMinutes(policy.workingDayHours)
    : (weekMinutes.slice(1).find((minutes) => minutes.length > 0) ?? []);
  const workingDays = new Set((policy.workingDays ?? []).map(dayIndexOf));
  const weeklyOpen = weekMinutes.some((minutes) => minutes.length > 0);
  return {
    zone: zoneDays(policy.timezone),
    weekMinutes,
    movedDayMinutes,
    holidays: new Set((policy.holidays ?? []).map(dayIndexOf)),
    workingDays,
    alwaysOpen: !policy.hours && !policy.holidays?.length,
    lastWorkingDay: weeklyOpen ? Infinity : movedDayMinutes.length ? Math.max(-Infinity, ...workingDays) : -Infinity,
    firstTargetMs: Math.round(policy.firstReplyMinutes * 60_000),
    nextTargetMs: Math.round(policy.nextReplyMinutes * 60_000),
    warnRatio: policy.warnRatio ?? DEFAULT_WARN_RATIO,
    days: new Map(),
    recent: undefined,
    offsetGuess: 0,
  };
}

function toMinutes(hours: DayHours): number[] {
  return [...hours]
    .map(([start, end]) => [minutesOfDay(start), minutesOfDay(end)] as const)
    .sort((a, b) => a[0] - b[0])
    .flat();
}

/** The working time of local day `index`, built on first use. */
export function workDay(policy: CompiledPolicy, index: number): WorkDay {
  let day = policy.days.get(index);
  if (!day) {
    day = buildWorkDay(policy, index);
    policy.days.set(index, day);
  }
  return day;
}

/** The local day that contains the instant `ms`. */
export function workDayAt(policy: CompiledPolicy, ms: number): WorkDay {
  const recent = policy.recent;
  if (recent && ms >= recent.start && ms < recent.end) return recent;
  // Guess the local date with the last offset seen; a DST change makes it off by at most a day.
  let day = workDay(policy, Math.floor((ms + policy.offsetGuess) / DAY_MS));
  while (ms < day.start) day = workDay(policy, day.index - 1);
  while (ms >= day.end) day = workDay(policy, day.index + 1);
  policy.offsetGuess = day.index * DAY_MS - day.start;
  policy.recent = day;
  return day;
}

function buildWorkDay(policy: CompiledPolicy, index: number): WorkDay {
  const { zone } = policy;
  const start = zone.midnight(index);
  const end = zone.midnight(index + 1);
  const spans: number[] = [];
  let workMs = 0;
  for (let i = 0, minutes = localMinutes(policy, index); i < minutes.length; i += 2) {
    // Clamped and kept in order: DST can squeeze a wall-clock interval to nothing.
    const from = Math.max(zone.wallTime(index, minutes[i]!), spans.length ? spans[spans.length - 1]! : start);
    const to = Math.min(zone.wallTime(index, minutes[i + 1]!), end);
    if (to <= from) continue;
    spans.push(from, to);
    workMs += to - from;
  }
  return { index, start, end, spans, workMs };
}

function localMinutes(policy: CompiledPolicy, index: number): number[] {
  if (policy.holidays.has(index)) return [];
  if (policy.workingDays.has(index)) return policy.movedDayMinutes;
  return policy.weekMinutes[calendarDate(index).weekday]!;
}
