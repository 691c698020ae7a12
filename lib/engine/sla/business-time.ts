import { workDay, workDayAt, type CompiledPolicy, type WorkDay } from './compile';
import { DAY_MS } from './instant';

/**
 * Business-time arithmetic on epoch ms. Walks local days (each day's working spans are cached as
 * UTC instants), never minutes: cost grows with the number of days crossed, not with the span.
 *
 * Every walk is bounded by WALK_HORIZON_MS of calendar time (a first visit of a day costs tens of µs
 * of zone arithmetic, so an unbounded walk from year 0001 blocked the background for 42 s). A span
 * longer than the horizon counts only its last WALK_HORIZON_MS (a lower bound; the most recent days
 * are the ones other clocks have walked already), a due time beyond it is Infinity, and a clock
 * longer than it is breached (see isBeyondHorizon). A 24/7 policy without holidays needs no walk
 * and stays exact at any span.
 */
export const WALK_HORIZON_DAYS = 400;
export const WALK_HORIZON_MS = WALK_HORIZON_DAYS * DAY_MS;

/** True when [from, to] is longer than a walk may go (never for a policy that needs no walk). */
export function isBeyondHorizon(policy: CompiledPolicy, from: number, to: number): boolean {
  return !policy.alwaysOpen && Math.abs(to - from) > WALK_HORIZON_MS;
}

/**
 * Working ms in [from, to); negative when `to` is before `from`. A span beyond the horizon counts
 * only [to - WALK_HORIZON_MS, to): a lower bound.
 */
export function businessMsBetweenMs(policy: CompiledPolicy, from: number, to: number): number {
  if (to < from) return -businessMsBetweenMs(policy, to, from);
  if (policy.alwaysOpen) return to - from;
  from = Math.max(from, to - WALK_HORIZON_MS);
  let day = workDayAt(policy, from);
  let total = 0;
  for (;;) {
    if (to <= day.end) return total + overlap(day, from, to);
    total += from <= day.start ? day.workMs : overlap(day, from, day.end);
    if (day.index >= policy.lastWorkingDay) return total;
    day = workDay(policy, day.index + 1);
  }
}

function overlap(day: WorkDay, from: number, to: number): number {
  const spans = day.spans;
  let total = 0;
  for (let i = 0; i < spans.length; i += 2) {
    const start = Math.max(spans[i]!, from);
    const end = Math.min(spans[i + 1]!, to);
    if (end > start) total += end - start;
  }
  return total;
}

/**
 * The earliest instant at which `ms` of working time has passed since `from` (an exact end of a
 * span stays at that end, not at the next opening); Infinity when the policy never has that much,
 * or not within WALK_HORIZON_MS of `from`.
 */
export function addBusinessMsMs(policy: CompiledPolicy, from: number, ms: number): number {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`business time to add must be ≥ 0, got ${ms}`);
  if (ms === 0) return from;
  if (policy.alwaysOpen) return from + ms;
  let remaining = ms;
  let day = workDayAt(policy, from);
  const horizon = from + WALK_HORIZON_MS;
  for (;;) {
    if (from <= day.start && remaining > day.workMs) remaining -= day.workMs;
    else {
      const spans = day.spans;
      for (let i = 0; i < spans.length; i += 2) {
        const start = Math.max(spans[i]!, from);
        const available = spans[i + 1]! - start;
        if (available <= 0) continue;
        if (remaining <= available) return start + remaining <= horizon ? start + remaining : Infinity;
        remaining -= available;
      }
    }
    if (day.index >= policy.lastWorkingDay || day.end >= horizon) return Infinity;
    day = workDay(policy, day.index + 1);
  }
}

export function isWorkingMs(policy: CompiledPolicy, at: number): boolean {
  if (policy.alwaysOpen) return true;
  const spans = workDayAt(policy, at).spans;
  for (let i = 0; i < spans.length; i += 2) if (at >= spans[i]! && at < spans[i + 1]!) return true;
  return false;
}

/**
 * `at` itself when it is working time, else the next moment working time begins (Infinity if never,
 * or not within WALK_HORIZON_MS of `at`).
 */
export function nextWorkingStartMs(policy: CompiledPolicy, at: number): number {
  if (policy.alwaysOpen) return at;
  let day = workDayAt(policy, at);
  const horizon = at + WALK_HORIZON_MS;
  for (;;) {
    const spans = day.spans;
    for (let i = 0; i < spans.length; i += 2) if (spans[i + 1]! > at) return spans[i]! <= horizon ? Math.max(spans[i]!, at) : Infinity;
    if (day.index >= policy.lastWorkingDay || day.end >= horizon) return Infinity;
    day = workDay(policy, day.index + 1);
  }
}
