import type { SlaReply, SlaTarget, ThreadReport } from '../../schema/policy';
import { addBusinessMsMs, businessMsBetweenMs, isBeyondHorizon } from './business-time';
import type { CompiledPolicy } from './compile';
import { formatIsoMs } from './instant';

type EventTime = string | number | Date;

/**
 * The contract's clock of one thread, fed the thread's events at or before `now` in time order
 * (file order on ties): an `in` with no clock pending starts one (first-reply target for the
 * thread's first clock, next-reply afterwards), further `in`s change nothing, an `out` closes the
 * pending clock as a reply, an `out` with nothing pending changes nothing.
 * A clock longer than the walk horizon (business-time.ts) is breached: a reply that took longer is
 * not within SLA, a clock pending longer is "breached" (its businessMs / elapsed count the last horizon only).
 */
export class ThreadClock {
  private readonly replies: SlaReply[] = [];
  private clocks = 0;
  private pendingMs = NaN;
  private pendingAt: EventTime = '';
  private pendingTarget: SlaTarget = 'first';
  /** Time of the last event fed; a feeder uses it to notice events out of time order. */
  lastMs = -Infinity;

  constructor(
    readonly thread: string,
    private readonly policy: CompiledPolicy,
  ) {}

  /** `at` is the event's own time value: canonical ISO text is reused in the report as is. */
  feed(incoming: boolean, ms: number, at: EventTime): void {
    this.lastMs = ms;
    const pending = !Number.isNaN(this.pendingMs);
    if (incoming) {
      if (pending) return;
      this.pendingMs = ms;
      this.pendingAt = at;
      this.pendingTarget = this.clocks++ === 0 ? 'first' : 'next';
    } else if (pending) {
      const businessMs = businessMsBetweenMs(this.policy, this.pendingMs, ms);
      this.replies.push({
        start: reportTime(this.pendingAt, this.pendingMs),
        end: reportTime(at, ms),
        target: this.pendingTarget,
        businessMs,
        withinSla: businessMs <= this.targetMs(this.pendingTarget) && !isBeyondHorizon(this.policy, this.pendingMs, ms),
      });
      this.pendingMs = NaN;
    }
  }

  report(nowMs: number): ThreadReport {
    const { thread, replies } = this;
    if (Number.isNaN(this.pendingMs))
      return { thread, state: 'answered', pendingSince: null, dueAt: null, businessElapsedMs: null, replies };
    const target = this.targetMs(this.pendingTarget);
    const elapsed = businessMsBetweenMs(this.policy, this.pendingMs, nowMs);
    const due = addBusinessMsMs(this.policy, this.pendingMs, target);
    const breached = nowMs >= due || isBeyondHorizon(this.policy, this.pendingMs, nowMs);
    const state = breached ? 'breached' : elapsed >= this.policy.warnRatio * target ? 'warning' : 'ok';
    return {
      thread,
      state,
      pendingSince: reportTime(this.pendingAt, this.pendingMs),
      dueAt: Number.isFinite(due) ? formatIsoMs(due) : null,
      businessElapsedMs: elapsed,
      target: this.pendingTarget,
      replies,
    };
  }

  private targetMs(target: SlaTarget): number {
    return target === 'first' ? this.policy.firstTargetMs : this.policy.nextTargetMs;
  }
}

/** Canonical input text is already the report's format: reusing it saves formatting 200k instants. */
function reportTime(at: EventTime, ms: number): string {
  return typeof at === 'string' && at.length === 24 && at.charCodeAt(23) === 90 /* Z */ ? at : formatIsoMs(ms);
}
