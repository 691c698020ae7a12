import type { SlaEvent, SlaPolicy, SlaReport, SlaSummary, ThreadReport } from '../../schema/policy';
import { compilePolicy } from './compile';
import { requireEpochMs } from './instant';
import { computeThreadState } from './thread-state';

/** The contract's report: every thread that appears in `events`, sorted by thread id (code-unit order). */
export function buildReport(policy: SlaPolicy, events: readonly SlaEvent[], now: Date): SlaReport {
  const compiled = compilePolicy(policy);
  const nowMs = requireEpochMs(now, 'now');
  const threads = [...groupByThread(events)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, threadEvents]) => computeThreadState(compiled, threadEvents, nowMs));
  return { threads, summary: summarize(threads) };
}

/** Events per thread, each list in file order (the order that breaks ties). */
function groupByThread(events: readonly SlaEvent[]): Map<string, SlaEvent[]> {
  const groups = new Map<string, SlaEvent[]>();
  for (const event of events) {
    const group = groups.get(event.thread);
    if (group) group.push(event);
    else groups.set(event.thread, [event]);
  }
  return groups;
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
