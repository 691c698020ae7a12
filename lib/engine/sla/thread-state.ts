import type { SlaReply, SlaTarget, ThreadReport } from '../../schema/policy';
import { addBusinessMsMs, businessMsBetweenMs } from './business-time';
import type { CompiledPolicy } from './compile';
import type { EventColumns } from './event-columns';
import { formatIsoMs } from './instant';

/**
 * The contract's per-thread clock over the events `order[from…to)` (event numbers in file order;
 * `order` null = the events from…to themselves):
 * events at or before `now` in time order (file order on ties); an `in` with no clock pending
 * starts one (first-reply target for the thread's first clock, next-reply afterwards), further
 * `in`s change nothing, an `out` closes the pending clock as a reply, an `out` with nothing
 * pending changes nothing.
 */
export function computeThreadState(
  policy: CompiledPolicy,
  columns: EventColumns,
  order: ArrayLike<number> | null,
  from: number,
  to: number,
  nowMs: number,
): ThreadReport {
  const { times, incoming } = columns;
  const thread = from < to ? columns.threadNames[columns.threadOf[order ? order[from]! : from]!]! : '';
  const sequence = timeOrderUpTo(times, order, from, to, nowMs);
  const replies: SlaReply[] = [];
  let pending = -1;
  let pendingTarget: SlaTarget = 'first';
  let clocks = 0;
  for (let k = sequence.from; k < sequence.to; k++) {
    const i = sequence.order ? sequence.order[k]! : k;
    if (times[i]! > nowMs) continue;
    if (incoming[i]) {
      if (pending >= 0) continue;
      pending = i;
      pendingTarget = clocks++ === 0 ? 'first' : 'next';
    } else if (pending >= 0) {
      const businessMs = businessMsBetweenMs(policy, times[pending]!, times[i]!);
      replies.push({
        start: textOf(columns, pending),
        end: textOf(columns, i),
        target: pendingTarget,
        businessMs,
        withinSla: businessMs <= targetMs(policy, pendingTarget),
      });
      pending = -1;
    }
  }
  if (pending < 0) return { thread, state: 'answered', pendingSince: null, dueAt: null, businessElapsedMs: null, replies };

  const since = times[pending]!;
  const target = targetMs(policy, pendingTarget);
  const elapsed = businessMsBetweenMs(policy, since, nowMs);
  const due = addBusinessMsMs(policy, since, target);
  const state = nowMs >= due ? 'breached' : elapsed >= policy.warnRatio * target ? 'warning' : 'ok';
  return {
    thread,
    state,
    pendingSince: textOf(columns, pending),
    dueAt: Number.isFinite(due) ? formatIsoMs(due) : null,
    businessElapsedMs: elapsed,
    target: pendingTarget,
    replies,
  };
}

function textOf(columns: EventColumns, event: number): string {
  return columns.texts[event] ?? formatIsoMs(columns.times[event]!);
}

function targetMs(policy: CompiledPolicy, target: SlaTarget): number {
  return target === 'first' ? policy.firstTargetMs : policy.nextTargetMs;
}

interface Sequence {
  order: ArrayLike<number> | null;
  from: number;
  to: number;
}

/**
 * The range itself when the events at or before `now` are already in time order (the usual case);
 * otherwise those events stably sorted by time, so ties keep file order.
 */
function timeOrderUpTo(times: Float64Array, order: ArrayLike<number> | null, from: number, to: number, nowMs: number): Sequence {
  let last = -Infinity;
  for (let k = from; k < to; k++) {
    const ms = times[order ? order[k]! : k]!;
    if (ms > nowMs) continue;
    if (ms < last) {
      const kept: number[] = [];
      for (let j = from; j < to; j++) {
        const event = order ? order[j]! : j;
        if (times[event]! <= nowMs) kept.push(event);
      }
      kept.sort((a, b) => times[a]! - times[b]! || a - b);
      return { order: kept, from: 0, to: kept.length };
    }
    last = ms;
  }
  return { order, from, to };
}
