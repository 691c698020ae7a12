import { computeMetrics, threadState, type Metrics, type OpenBreach, type ReplyRecord, type SlaPolicy } from '../engine/sla';
import type { ThreadEventRecord, ThreadRecord } from '../schema/storage';
import { db, type TrustOpsDb } from './db';

/**
 * Every closed clock of every stored thread as a ReplyRecord, replayed with `policy` (so changing
 * the policy re-judges history consistently). A clock closed as "no reply needed" is not a reply —
 * counting it would flatter the reply times — so it is left out. The thread's platform names the
 * reply's platform; a thread handed over to an escalation route marks all its replies `escalated`.
 */
export async function collectReplies(policy: SlaPolicy, database: TrustOpsDb = db()): Promise<ReplyRecord[]> {
  const [threads, events] = await Promise.all([database.threads.toArray(), database.threadEvents.toArray()]);
  const eventsByThread = groupByThread(events);
  const replies: ReplyRecord[] = [];
  for (const thread of threads) {
    const own = eventsByThread.get(thread.id);
    if (own?.length) replies.push(...repliesOf(thread, own, policy));
  }
  return replies;
}

function groupByThread(events: ThreadEventRecord[]): Map<string, ThreadEventRecord[]> {
  const byThread = new Map<string, ThreadEventRecord[]>();
  for (const event of events) {
    const list = byThread.get(event.threadId);
    if (list) list.push(event);
    else byThread.set(event.threadId, [event]);
  }
  // Stable sort: the engine takes ties in the given order, as the live recompute does.
  for (const list of byThread.values()) list.sort((a, b) => a.at - b.at);
  return byThread;
}

function repliesOf(thread: ThreadRecord, events: ThreadEventRecord[], policy: SlaPolicy): ReplyRecord[] {
  // "Now" = the thread's last event: every closed clock is replayed, a still-pending one is not a reply.
  const lastAt = events[events.length - 1]!.at;
  const report = threadState(
    policy,
    events.map((e) => ({ thread: thread.id, at: e.at, direction: e.direction })),
    new Date(lastAt),
  );
  // The event that closed a clock is the first `out` at the reply's end time.
  const closingSource = new Map<number, ThreadEventRecord['source']>();
  for (const event of events) if (event.direction === 'out' && !closingSource.has(event.at)) closingSource.set(event.at, event.source);
  const escalated = thread.escalatedTo !== null;
  return report.replies
    .filter((reply) => closingSource.get(Date.parse(reply.end)) !== 'no-reply')
    .map((reply) => ({
      thread: thread.id,
      platform: thread.platform,
      start: reply.start,
      end: reply.end,
      target: reply.target,
      businessMs: reply.businessMs,
      withinSla: reply.withinSla,
      escalated,
    }));
}

/**
 * Every clock overdue now, as the background last judged it (the queue's "overdue"): a waiting or
 * snoozed thread in state "breached". The metrics count these as missed replies.
 */
export async function collectOpenBreaches(database: TrustOpsDb = db()): Promise<OpenBreach[]> {
  const running = await database.threads.where('status').anyOf('waiting', 'snoozed').toArray();
  return running
    .filter((thread) => thread.slaState === 'breached' && thread.dueAt !== null)
    .map((thread) => ({ thread: thread.id, platform: thread.platform, dueAt: thread.dueAt! }));
}

export interface MetricsRange {
  /** A reply counts when from ≤ its end < to. */
  from: Date;
  to: Date;
}

/** The dashboard's metrics over a period, per-day counts in the policy's time zone. */
export async function loadMetrics(range: MetricsRange, policy: SlaPolicy, database: TrustOpsDb = db()): Promise<Metrics> {
  const [replies, openBreaches] = await Promise.all([collectReplies(policy, database), collectOpenBreaches(database)]);
  return computeMetrics(replies, { from: range.from, to: range.to, timezone: policy.timezone, openBreaches });
}
