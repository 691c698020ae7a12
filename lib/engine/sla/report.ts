import type { SlaEvent, SlaPolicy, SlaReport, SlaSummary, ThreadReport } from '../../schema/policy';
import { compilePolicy, type CompiledPolicy } from './compile';
import { requireEpochMs } from './instant';
import { ThreadClock } from './thread-clock';
import { computeThreadState, eventMs } from './thread-state';

/**
 * The contract's report: every thread with an event at or before `now`, sorted by thread id (UTF-16
 * code units); a thread whose events all come after `now` is left out.
 */
export function buildReport(policy: SlaPolicy, events: readonly SlaEvent[], now: Date): SlaReport {
  const reports = threadReports(compilePolicy(policy), events, requireEpochMs(now, 'now'));
  // The default sort compares UTF-16 code units: locale-independent and deterministic.
  const threads = [...reports.keys()].sort().map((thread) => reports.get(thread)!);
  return { threads, summary: summarize(threads) };
}

/**
 * One sequential pass: each event goes straight to its thread's clock. Logs are written in time
 * order, so this is the common case, and it touches every event once, in memory order (grouping
 * first and then visiting each thread's scattered events cost more than all the clock arithmetic).
 * A thread whose events turn out not to be in time order is recomputed from its sorted events.
 */
function threadReports(policy: CompiledPolicy, events: readonly SlaEvent[], nowMs: number): Map<string, ThreadReport> {
  const clocks = new Map<string, ThreadClock>();
  const unordered = new Set<string>();
  for (const event of events) {
    const ms = eventMs(event);
    // A thread with no event at or before `now` does not exist yet: it gets no clock, so no report.
    if (ms > nowMs) continue;
    let clock = clocks.get(event.thread);
    if (!clock) clocks.set(event.thread, (clock = new ThreadClock(event.thread, policy)));
    if (ms < clock.lastMs) unordered.add(event.thread);
    else clock.feed(event.direction === 'in', ms, event.at);
  }
  const reports = new Map<string, ThreadReport>();
  for (const [thread, clock] of clocks) if (!unordered.has(thread)) reports.set(thread, clock.report(nowMs));
  if (unordered.size) {
    const eventsOf = new Map<string, SlaEvent[]>([...unordered].map((thread) => [thread, []]));
    for (const event of events) eventsOf.get(event.thread)?.push(event);
    for (const [thread, threadEvents] of eventsOf) reports.set(thread, computeThreadState(policy, thread, threadEvents, nowMs));
  }
  return reports;
}

/** `waitingNow` counts every thread with a pending clock, breached ones included. */
function summarize(threads: readonly ThreadReport[]): SlaSummary {
  const summary: SlaSummary = { threads: threads.length, replies: 0, withinSla: 0, breachedNow: 0, waitingNow: 0 };
  for (const thread of threads) {
    summary.replies += thread.replies.length;
    for (const reply of thread.replies) if (reply.withinSla) summary.withinSla++;
    if (thread.state === 'breached') summary.breachedNow++;
    if (thread.state !== 'answered') summary.waitingNow++;
  }
  return summary;
}
