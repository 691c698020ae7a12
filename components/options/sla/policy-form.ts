import { SlaPolicySchema, WEEKDAYS, type DayHours, type SlaPolicy, type Weekday } from '../../../lib/schema/policy';
import { describePolicyIssue } from './policy-errors';

export interface IntervalForm {
  start: string;
  end: string;
}

/** The editor's fields as typed (strings), before they become an SlaPolicy. */
export interface PolicyForm {
  timezone: string;
  /** 24/7: the policy has no `hours`. The week below is kept so switching back restores it. */
  alwaysOpen: boolean;
  days: Record<Weekday, IntervalForm[]>;
  holidays: string[];
  workingDays: string[];
  /** Hours of moved working days; not edited here, carried over from the loaded policy. */
  workingDayHours?: DayHours;
  firstReplyMinutes: string;
  nextReplyMinutes: string;
  /** warnRatio as a percentage, which reads better than 0.75. */
  warnPercent: string;
}

/**
 * Error messages keyed by where they are shown: `timezone`, `hours` (the week as a whole),
 * `hours.mon` (a day), `hours.mon.0` (an interval), `holidays.2026-12-30` / `workingDays.<date>`
 * (a date), `firstReplyMinutes`, `nextReplyMinutes`, `warnRatio`.
 */
export type PolicyErrors = Record<string, string>;

const OFFICE_DAY: IntervalForm[] = [{ start: '09:00', end: '18:00' }];

export function formOfPolicy(policy: SlaPolicy): PolicyForm {
  const days = {} as Record<Weekday, IntervalForm[]>;
  for (const day of WEEKDAYS) {
    // A 24/7 policy opens on office hours when switched off: a sensible start, not an empty week.
    const hours = policy.hours ? (policy.hours[day] ?? []) : null;
    days[day] = hours ? hours.map(([start, end]) => ({ start, end })) : day === 'sat' || day === 'sun' ? [] : OFFICE_DAY;
  }
  return {
    timezone: policy.timezone,
    alwaysOpen: !policy.hours,
    days,
    holidays: [...(policy.holidays ?? [])],
    workingDays: [...(policy.workingDays ?? [])],
    workingDayHours: policy.workingDayHours,
    firstReplyMinutes: String(policy.firstReplyMinutes),
    nextReplyMinutes: String(policy.nextReplyMinutes),
    warnPercent: String(Math.round((policy.warnRatio ?? 0.75) * 1000) / 10),
  };
}

/** "90", "90.5", "90,5" → a number; anything else → NaN (reported as "enter a number"). */
function numberOf(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
}

const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The policy the form describes, in the DESIGN.md file format: closed days are left out of
 * `hours`, and 24/7 has no `hours` at all. Times are taken as typed (trimmed) so the schema judges them.
 */
export function candidateOf(form: PolicyForm): Record<string, unknown> {
  const hours: Partial<Record<Weekday, [string, string][]>> = {};
  for (const day of WEEKDAYS) {
    const intervals = form.days[day];
    if (intervals.length) hours[day] = intervals.map(({ start, end }) => [start.trim(), end.trim()]);
  }
  return {
    timezone: form.timezone.trim(),
    ...(form.alwaysOpen ? {} : { hours }),
    holidays: [...new Set(form.holidays)].sort(byDate),
    workingDays: [...new Set(form.workingDays)].sort(byDate),
    ...(form.workingDayHours ? { workingDayHours: form.workingDayHours } : {}),
    firstReplyMinutes: numberOf(form.firstReplyMinutes),
    nextReplyMinutes: numberOf(form.nextReplyMinutes),
    warnRatio: numberOf(form.warnPercent) / 100,
  };
}

export type PolicyCheck = { ok: true; policy: SlaPolicy } | { ok: false; errors: PolicyErrors };

/** Validates the form with SlaPolicySchema; each error is placed next to the field it is about. */
export function validatePolicyForm(form: PolicyForm): PolicyCheck {
  const candidate = candidateOf(form);
  const errors: PolicyErrors = {};
  // NaN would reach zod as "expected number, received NaN": say what to type instead.
  for (const key of ['firstReplyMinutes', 'nextReplyMinutes', 'warnRatio'] as const)
    if (Number.isNaN(candidate[key])) errors[key] = describePolicyIssue({ code: 'not-a-number', message: '', path: [key] });
  const parsed = SlaPolicySchema.safeParse(candidate);
  if (parsed.success && !Object.keys(errors).length) return { ok: true, policy: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const key = errorKey(issue.path, form);
    errors[key] ??= describePolicyIssue(issue);
  }
  return { ok: false, errors };
}

/**
 * Where an issue is shown. A time's own issue (…hours.mon.0.1) goes to its interval. Holiday and
 * working-day issues name an index of the sorted, de-duplicated list the candidate holds, so they
 * are mapped back to the date itself: `holidays.2026-13-01`.
 */
function errorKey(path: readonly PropertyKey[], form: PolicyForm): string {
  const [head, second, third] = path;
  if (head === 'hours') return ['hours', second, third].filter((p) => p !== undefined).join('.');
  if ((head === 'holidays' || head === 'workingDays') && typeof second === 'number') {
    const list = [...new Set(form[head])].sort(byDate);
    return `${head}.${list[second] ?? second}`;
  }
  return String(head ?? 'form');
}
