/**
 * SLA engine: business-time clocks per the "SLA contract" of DESIGN.md. Pure TypeScript (luxon for
 * zone rules), shared by the extension and the CLI. Policies are compiled once per object.
 */
import type { SlaEvent, SlaPolicy, ThreadReport } from '../../schema/policy';
import { addBusinessMsMs, businessMsBetweenMs, isWorkingMs, nextWorkingStartMs } from './business-time';
import { compilePolicy } from './compile';
import { requireEpochMs } from './instant';
import { computeThreadState } from './thread-state';

export { buildReport } from './report';
export { WALK_HORIZON_DAYS } from './business-time';
export { ingestTime, MAX_PAGE_AGE_DAYS } from './ingest-time';
export { compilePolicy } from './compile';
export { formatDuration, workdayMsOf } from './duration';
export { formatIso } from './instant';
export { computeMetrics, metricsToCsv, type Metrics, type MetricsOptions, type OpenBreach, type ReplyRecord, type ReplyTimeStats } from './metrics';
export { DEFAULT_POLICY } from './default-policy';
export { RU_CALENDAR_2026_2027 } from './calendars/ru';
export type { SlaEvent, SlaPolicy, SlaReply, SlaReport, SlaSummary, SlaTarget, ThreadReport } from '../../schema/policy';

/** One thread's state; `events` are that thread's events in file order. */
export function threadState(policy: SlaPolicy, events: readonly SlaEvent[], now: Date): ThreadReport {
  const compiled = compilePolicy(policy);
  const nowMs = requireEpochMs(now, 'now');
  return computeThreadState(compiled, events[0]?.thread ?? '', events, nowMs);
}

/**
 * Working ms between two instants (negative when `to` is before `from`). Spans longer than
 * WALK_HORIZON_DAYS count only their last WALK_HORIZON_DAYS (see business-time.ts).
 */
export function businessMsBetween(policy: SlaPolicy, from: Date, to: Date): number {
  return businessMsBetweenMs(compilePolicy(policy), requireEpochMs(from, 'from'), requireEpochMs(to, 'to'));
}

/**
 * The earliest instant at which `ms` (≥ 0) of working time has passed since `from` — the due time of
 * a clock. An Invalid Date when the policy never has that much working time (only moved working days)
 * or not within WALK_HORIZON_DAYS of `from`.
 */
export function addBusinessMs(policy: SlaPolicy, from: Date, ms: number): Date {
  const due = addBusinessMsMs(compilePolicy(policy), requireEpochMs(from, 'from'), ms);
  return new Date(Number.isFinite(due) ? due : NaN);
}

export function isWorkingTime(policy: SlaPolicy, at: Date): boolean {
  return isWorkingMs(compilePolicy(policy), requireEpochMs(at, 'at'));
}

/** `at` itself during working time, else when working time next begins (Invalid Date if never, or not within WALK_HORIZON_DAYS). */
export function nextWorkingStart(policy: SlaPolicy, at: Date): Date {
  const start = nextWorkingStartMs(compilePolicy(policy), requireEpochMs(at, 'at'));
  return new Date(Number.isFinite(start) ? start : NaN);
}
