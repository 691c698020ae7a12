import type { SlaEvent, SlaReply, SlaTarget, ThreadReport } from '../../schema/policy';
import { addBusinessMsMs, businessMsBetweenMs } from './business-time';
import type { CompiledPolicy } from './compile';
import { formatIsoMs, instantText, requireEpochMs } from './instant';

/**
 * The contract's per-thread clock: events at or before `now` in time order (file order on ties);
 * an `in` with no clock pending starts one (first-reply target for the thread's first clock,
 * next-reply afterwards), further `in`s change nothing, an `out` closes the pending clock as a
 * reply, an `out` with nothing pending changes nothing.
 */
export function computeThreadState(policy: CompiledPolicy, events: readonly SlaEvent[], nowMs: number): ThreadReport {
  const thread = events[0]?.thread ?? '';
  const { kept, times } = eventsUpTo(events, nowMs);
  const replies: SlaReply[] = [];
  let pendingIndex = -1;
  let pendingTarget: SlaTarget = 'first';
  let clocks = 0;
  for (let i = 0; i < kept.length; i++) {
    const event = kept[i]!;
    if (event.direction === 'in') {
      if (pendingIndex >= 0) continue;
      pendingIndex = i;
      pendingTarget = clocks++ === 0 ? 'first' : 'next';
    } else if (pendingIndex >= 0) {
      const start = times[pendingIndex]!;
      const businessMs = businessMsBetweenMs(policy, start, times[i]!);
      replies.push({
        start: instantText(kept[pendingIndex]!.at, start),
        end: instantText(event.at, times[i]!),
        target: pendingTarget,
        businessMs,
        withinSla: businessMs <= targetMs(policy, pendingTarget),
      });
      pendingIndex = -1;
    }
  }
  if (pendingIndex < 0)
    return { thread, state: 'answered', pendingSince: null, dueAt: null, businessElapsedMs: null, replies };

  const since = times[pendingIndex]!;
  const target = targetMs(policy, pendingTarget);
  const elapsed = businessMsBetweenMs(policy, since, nowMs);
  const due = addBusinessMsMs(policy, since, target);
  const state = nowMs >= due ? 'breached' : elapsed >= policy.warnRatio * target ? 'warning' : 'ok';
  return {
    thread,
    state,
    pendingSince: instantText(kept[pendingIndex]!.at, since),
    dueAt: Number.isFinite(due) ? formatIsoMs(due) : null,
    businessElapsedMs: elapsed,
    target: pendingTarget,
    replies,
  };
}

function targetMs(policy: CompiledPolicy, target: SlaTarget): number {
  return target === 'first' ? policy.firstTargetMs : policy.nextTargetMs;
}

/** The events at or before `now`, stably sorted by time (already-sorted input, the usual case, is not re-sorted). */
function eventsUpTo(events: readonly SlaEvent[], nowMs: number): { kept: SlaEvent[]; times: number[] } {
  const kept: SlaEvent[] = [];
  const times: number[] = [];
  let sorted = true;
  for (const event of events) {
    const ms = requireEpochMs(event.at, () => `event of thread ${JSON.stringify(event.thread)}`);
    if (ms > nowMs) continue;
    if (times.length && ms < times[times.length - 1]!) sorted = false;
    kept.push(event);
    times.push(ms);
  }
  if (sorted) return { kept, times };
  const order = kept.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
  return { kept: order.map((i) => kept[i]!), times: order.map((i) => times[i]!) };
}
