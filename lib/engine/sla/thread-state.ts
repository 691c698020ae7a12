import type { SlaEvent, ThreadReport } from '../../schema/policy';
import type { CompiledPolicy } from './compile';
import { toEpochMs } from './instant';
import { ThreadClock } from './thread-clock';

/** Epoch ms of an event's time; throws a RangeError naming the thread when it is invalid. */
export function eventMs(event: SlaEvent): number {
  const ms = toEpochMs(event.at);
  if (Number.isNaN(ms)) throw new RangeError(`event of thread ${JSON.stringify(event.thread)}: invalid time ${JSON.stringify(event.at)}`);
  return ms;
}

/**
 * One thread's report from its events in file order. Events after `now` are ignored; the rest are
 * fed to the clock as they come while they are in time order (the usual case), else all of them
 * again, stably sorted by time so that ties keep file order.
 */
export function computeThreadState(policy: CompiledPolicy, thread: string, events: readonly SlaEvent[], nowMs: number): ThreadReport {
  const clock = new ThreadClock(thread, policy);
  for (const event of events) {
    const ms = eventMs(event);
    if (ms > nowMs) continue;
    if (ms < clock.lastMs) return sortedThreadState(policy, thread, events, nowMs);
    clock.feed(event.direction === 'in', ms, event.at);
  }
  return clock.report(nowMs);
}

function sortedThreadState(policy: CompiledPolicy, thread: string, events: readonly SlaEvent[], nowMs: number): ThreadReport {
  const kept: { event: SlaEvent; ms: number }[] = [];
  for (const event of events) {
    const ms = eventMs(event);
    if (ms <= nowMs) kept.push({ event, ms });
  }
  kept.sort((a, b) => a.ms - b.ms); // Array#sort is stable
  const clock = new ThreadClock(thread, policy);
  for (const { event, ms } of kept) clock.feed(event.direction === 'in', ms, event.at);
  return clock.report(nowMs);
}
