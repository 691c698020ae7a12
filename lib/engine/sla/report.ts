import type { SlaEvent, SlaPolicy, SlaReport, SlaSummary, ThreadReport } from '../../schema/policy';
import { compilePolicy } from './compile';
import { readEventColumns, type EventColumns } from './event-columns';
import { requireEpochMs } from './instant';
import { computeThreadState } from './thread-state';

/** The contract's report: every thread that appears in `events`, sorted by thread id (code-unit order). */
export function buildReport(policy: SlaPolicy, events: readonly SlaEvent[], now: Date): SlaReport {
  const compiled = compilePolicy(policy);
  const nowMs = requireEpochMs(now, 'now');
  const columns = readEventColumns(events);
  const { starts, order } = groupByThread(columns);
  // The default sort compares UTF-16 code units: a locale-independent, stable order.
  const threads = [...columns.threadNames].sort().map((name) => {
    const number = columns.threadNumbers.get(name)!;
    return computeThreadState(compiled, columns, order, starts[number]!, starts[number + 1]!, nowMs);
  });
  return { threads, summary: summarize(threads) };
}

/**
 * Thread t's events are order[starts[t] … starts[t+1]), in file order (the order that breaks
 * ties): a counting sort over thread numbers, no array per thread.
 */
function groupByThread({ threadOf, threadNames }: EventColumns): { starts: Int32Array; order: Int32Array } {
  const starts = new Int32Array(threadNames.length + 1);
  for (let i = 0; i < threadOf.length; i++) starts[threadOf[i]! + 1]!++;
  for (let t = 0; t < threadNames.length; t++) starts[t + 1]! += starts[t]!;
  const next = starts.slice(0, threadNames.length);
  const order = new Int32Array(threadOf.length);
  for (let i = 0; i < threadOf.length; i++) order[next[threadOf[i]!]!++] = i;
  return { starts, order };
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
