import { workDay, workDayAt, type CompiledPolicy, type WorkDay } from './compile';

/**
 * Business-time arithmetic on epoch ms. Walks local days (each day's working spans are cached as
 * UTC instants), never minutes: cost grows with the number of days crossed, not with the span.
 */

/** Working ms in [from, to); negative when `to` is before `from`. */
export function businessMsBetweenMs(policy: CompiledPolicy, from: number, to: number): number {
  if (to < from) return -businessMsBetweenMs(policy, to, from);
  if (policy.alwaysOpen) return to - from;
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
 * span stays at that end, not at the next opening); Infinity when the policy never has that much.
 */
export function addBusinessMsMs(policy: CompiledPolicy, from: number, ms: number): number {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`business time to add must be ≥ 0, got ${ms}`);
  if (ms === 0) return from;
  if (policy.alwaysOpen) return from + ms;
  let remaining = ms;
  let day = workDayAt(policy, from);
  for (;;) {
    if (from <= day.start && remaining > day.workMs) remaining -= day.workMs;
    else {
      const spans = day.spans;
      for (let i = 0; i < spans.length; i += 2) {
        const start = Math.max(spans[i]!, from);
        const available = spans[i + 1]! - start;
        if (available <= 0) continue;
        if (remaining <= available) return start + remaining;
        remaining -= available;
      }
    }
    if (day.index >= policy.lastWorkingDay) return Infinity;
    day = workDay(policy, day.index + 1);
  }
}

export function isWorkingMs(policy: CompiledPolicy, at: number): boolean {
  if (policy.alwaysOpen) return true;
  const spans = workDayAt(policy, at).spans;
  for (let i = 0; i < spans.length; i += 2) if (at >= spans[i]! && at < spans[i + 1]!) return true;
  return false;
}

/** `at` itself when it is working time, else the next moment working time begins (Infinity if never). */
export function nextWorkingStartMs(policy: CompiledPolicy, at: number): number {
  if (policy.alwaysOpen) return at;
  let day = workDayAt(policy, at);
  for (;;) {
    const spans = day.spans;
    for (let i = 0; i < spans.length; i += 2) if (spans[i + 1]! > at) return Math.max(spans[i]!, at);
    if (day.index >= policy.lastWorkingDay) return Infinity;
    day = workDay(policy, day.index + 1);
  }
}
