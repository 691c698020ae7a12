import { ingestTime, threadState, type SlaPolicy, type ThreadReport } from '../engine/sla';
import type { ThreadSnapshot } from '../schema/thread';
import type { ThreadEventRecord, ThreadRecord } from '../schema/storage';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';

/** A customer's closing courtesy: after a reply it needs no answer of its own. */
const THANKS = /^(?:спасибо|спс|благодарю|thanks?|thank you|thx|ty|👍|🙏|❤️)(?:[\s,!.)]*(?:большое|огромное|вам|so much|a lot))?[\s!.)😊🙂👍🙏❤️]*$/iu;

export function isThanks(text: string): boolean {
  return THANKS.test(text.trim());
}

export interface TrackOptions {
  policy: SlaPolicy;
  now: number;
  platform: string;
  thanksNeedsNoReply: boolean;
}

/**
 * Stores what an adapter saw of a thread as events keyed by [thread+message]: seeing the same
 * messages again adds nothing. Messages without a time on the page (or with one after now) get the
 * time first seen; messages dated more than MAX_PAGE_AGE_DAYS before now are not tracked.
 */
export async function ingestSnapshot(snapshot: ThreadSnapshot, options: TrackOptions, database: TrustOpsDb = db()) {
  const threadId = snapshot.id;
  const result = await database.transaction('rw', database.threads, database.threadEvents, async () => {
    const known = new Set(
      (await database.threadEvents.where('threadId').equals(threadId).primaryKeys()).map(([, messageId]) => messageId),
    );
    const fresh: ThreadEventRecord[] = [];
    let previousDirection: 'in' | 'out' | undefined;
    for (const message of snapshot.messages) {
      // Page times are clamped to now and ignored when more than a year old (ingestTime): a
      // forged `datetime="0001-…"` must not start a clock two thousand years long.
      const at = ingestTime(message.at, options.now);
      if (at !== null && !known.has(message.id)) {
        fresh.push({ threadId, messageId: message.id, at, direction: message.direction, source: 'page', platform: options.platform });
        if (message.direction === 'in' && previousDirection === 'out' && options.thanksNeedsNoReply && isThanks(message.text))
          fresh.push({ threadId, messageId: `${message.id}#thanks`, at: at + 1, direction: 'out', source: 'no-reply', platform: options.platform });
      }
      previousDirection = message.direction;
    }
    if (fresh.length) await database.threadEvents.bulkPut(fresh);
    const base = (await database.threads.get(threadId)) ?? newThread(snapshot, options);
    const lastIn = [...snapshot.messages].reverse().find((m) => m.direction === 'in');
    const updated = await recompute(
      { ...base, title: snapshot.title || base.title, url: snapshot.url, lastCustomerText: lastIn?.text.slice(0, 300) ?? base.lastCustomerText },
      options.policy,
      options.now,
      database,
    );
    return { ...updated, changed: fresh.length > 0 || updated.thread.slaState !== base.slaState || updated.thread.status !== base.status };
  });
  if (result.changed) announceChange('threads');
  return result;
}

function newThread(snapshot: ThreadSnapshot, options: TrackOptions): ThreadRecord {
  return {
    id: snapshot.id, site: snapshot.site, platform: options.platform, title: snapshot.title, url: snapshot.url,
    status: 'answered', slaState: 'answered', pendingSince: null, dueAt: null, target: null, lastCustomerText: '',
    snoozedUntil: null, escalatedTo: null, notified: { warning: false, breach: false }, updatedAt: options.now,
  };
}

export async function threadEvents(threadId: string, database: TrustOpsDb = db()): Promise<ThreadEventRecord[]> {
  const events = await database.threadEvents.where('threadId').equals(threadId).toArray();
  return events.sort((a, b) => a.at - b.at);
}

/** Runs the SLA engine over a thread's events and stores the resulting state. */
export async function recompute(thread: ThreadRecord, policy: SlaPolicy, now: number, database: TrustOpsDb = db()) {
  const events = await threadEvents(thread.id, database);
  const report = threadState(policy, events.map((e) => ({ thread: thread.id, at: e.at, direction: e.direction })), new Date(now));
  const next = applyReport(thread, report, events, now);
  await database.threads.put(next);
  return { thread: next, report };
}

export function applyReport(thread: ThreadRecord, report: ThreadReport, events: ThreadEventRecord[], now: number): ThreadRecord {
  const pendingSince = report.pendingSince ? Date.parse(report.pendingSince) : null;
  const lastEvent = events[events.length - 1];
  const clockChanged = pendingSince !== thread.pendingSince;
  let status: ThreadRecord['status'];
  if (pendingSince === null) status = lastEvent?.source === 'no-reply' ? 'closed' : 'answered';
  else status = thread.snoozedUntil && thread.snoozedUntil > now ? 'snoozed' : 'waiting';
  const next = {
    ...thread,
    status,
    slaState: report.state,
    pendingSince,
    dueAt: report.dueAt ? Date.parse(report.dueAt) : null,
    target: report.target ?? null,
    snoozedUntil: clockChanged ? null : thread.snoozedUntil,
    notified: clockChanged ? { warning: false, breach: false } : thread.notified,
  };
  // A recompute that changes nothing is not an update: retention ages threads by `updatedAt`.
  return { ...next, updatedAt: JSON.stringify(next) === JSON.stringify(thread) ? thread.updatedAt : now };
}

export type ThreadAction =
  | { kind: 'start' }
  | { kind: 'answered' }
  | { kind: 'no-reply' }
  | { kind: 'undo' }
  | { kind: 'snooze'; until: number }
  | { kind: 'escalate'; routeId: string | null };

/** Applies a user's action on a thread (the generic adapter's manual start/stop included). */
export async function actOnThread(
  threadId: string,
  action: ThreadAction,
  context: { policy: SlaPolicy; now: number; seed?: Pick<ThreadRecord, 'site' | 'platform' | 'title' | 'url'> },
  database: TrustOpsDb = db(),
) {
  const result = await database.transaction('rw', database.threads, database.threadEvents, async () => {
    let thread = await database.threads.get(threadId);
    if (!thread) {
      if (!context.seed) throw new Error(`unknown thread "${threadId}"`);
      thread = newThread({ id: threadId, messages: [], ...context.seed }, { ...context, platform: context.seed.platform, thanksNeedsNoReply: false });
    }
    const event = (direction: 'in' | 'out', source: ThreadEventRecord['source']): ThreadEventRecord => ({
      threadId, messageId: `${source}:${context.now}`, at: context.now, direction, source, platform: thread!.platform,
    });
    if (action.kind === 'start') await database.threadEvents.put(event('in', 'manual'));
    const flags = action.kind === 'undo' ? await undoStop(thread, database) : null;
    if (action.kind === 'answered' || action.kind === 'no-reply') {
      const stop = event('out', action.kind === 'answered' ? 'manual' : 'no-reply');
      await database.threadEvents.put(stop);
      undoable.set(threadId, { messageId: stop.messageId, snoozedUntil: thread.snoozedUntil, notified: thread.notified });
    } else undoable.delete(threadId); // any other action ends the chance to undo
    if (action.kind === 'snooze') thread = { ...thread, snoozedUntil: action.until };
    if (action.kind === 'escalate') thread = { ...thread, escalatedTo: action.routeId };
    const result = await recompute(thread, context.policy, context.now, database);
    if (!flags) return result;
    const snoozed = result.thread.status === 'waiting' && flags.snoozedUntil !== null && flags.snoozedUntil > context.now;
    const restored: ThreadRecord = { ...result.thread, ...flags, ...(snoozed ? { status: 'snoozed' as const } : {}) };
    await database.threads.put(restored);
    return { ...result, thread: restored };
  });
  announceChange('threads');
  return result;
}

/**
 * What a manual stop ("answered", "no reply needed") changed besides its event, kept so that Undo
 * restores the clock exactly: recompute derives the due time and target from the events again, but
 * a stop clears the snooze and the sent-alert flags (a restored clock must not alert twice).
 * In memory: an undo comes seconds later; after a background restart only the event is taken back.
 */
const undoable = new Map<string, { messageId: string; snoozedUntil: number | null; notified: ThreadRecord['notified'] }>();

/**
 * Deletes the thread's manual stop when it is still the thread's last event (nothing happened
 * since: no new message, no other action). Answers the flags the stop cleared, to put back after
 * the recompute; null when there was nothing to undo or they are no longer known.
 */
async function undoStop(thread: ThreadRecord, database: TrustOpsDb): Promise<Pick<ThreadRecord, 'snoozedUntil' | 'notified'> | null> {
  const kept = undoable.get(thread.id);
  undoable.delete(thread.id);
  const events = await threadEvents(thread.id, database);
  const last = events[events.length - 1];
  // Only a stop made by hand (`manual:<ms>` / `no-reply:<ms>`), never a page's message or a "thanks" closing.
  if (!last || last.direction !== 'out' || !/^(?:manual|no-reply):\d+$/.test(last.messageId)) return null;
  await database.threadEvents.delete([thread.id, last.messageId]);
  return kept?.messageId === last.messageId ? { snoozedUntil: kept.snoozedUntil, notified: kept.notified } : null;
}

/** Every thread whose clock runs (snoozed ones included), soonest due first. */
export async function waitingThreads(database: TrustOpsDb = db()): Promise<ThreadRecord[]> {
  const rows = await database.threads.where('status').anyOf('waiting', 'snoozed').toArray();
  return rows.sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
}

/** Recomputes every waiting thread; what changed is stored. Used by the background's alarm. */
export async function recomputeWaiting(policy: SlaPolicy, now: number, database: TrustOpsDb = db()) {
  const waiting = await waitingThreads(database);
  const results = [];
  let changed = false;
  for (const thread of waiting) {
    const next = (await recompute(thread, policy, now, database)).thread;
    // A new policy (the crisis one, say) moves due times without changing a state: timers must hear of it too.
    changed ||= next.slaState !== thread.slaState || next.status !== thread.status || next.dueAt !== thread.dueAt;
    results.push(next);
  }
  if (changed) announceChange('threads'); // the queue and open timers refresh at once
  return results;
}
