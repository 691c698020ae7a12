import type { Retention } from '../schema/settings';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';

const DAY = 86_400_000;

export interface RetentionOutcome {
  picks: number;
  threads: number;
  threadEvents: number;
  audit: number;
}

/**
 * Trims history to the retention settings so the database does not grow forever:
 *  - picks older than `picksDays`, then the oldest beyond `picksMax` (usage counts stay: they are totals);
 *  - answered/closed threads untouched for `threadsDays` with no event since, with all their events
 *    (a thread is dropped whole: half a history would re-read old page messages as new ones);
 *    events older than that of threads that no longer exist;
 *  - "send anyway" audit records older than `auditDays`.
 * Threads still waiting or snoozed are kept whatever their age. Work goes in batches of `batch`
 * rows, each its own short transaction, so pages and the panel are never held up for long.
 */
export async function applyRetention(
  retention: Retention,
  now: number,
  database: TrustOpsDb = db(),
  batch = 500,
): Promise<RetentionOutcome> {
  const outcome: RetentionOutcome = { picks: 0, threads: 0, threadEvents: 0, audit: 0 };

  const pickCutoff = now - retention.picksDays * DAY;
  outcome.picks += await deleteInBatches(() => database.picks.where('at').below(pickCutoff).limit(batch).primaryKeys(), (keys) =>
    database.picks.bulkDelete(keys),
  );
  let excess = (await database.picks.count()) - retention.picksMax;
  while (excess > 0) {
    const oldest = await database.picks.orderBy('at').limit(Math.min(batch, excess)).primaryKeys();
    if (!oldest.length) break;
    await database.picks.bulkDelete(oldest);
    outcome.picks += oldest.length;
    excess -= oldest.length;
  }

  const threadCutoff = now - retention.threadsDays * DAY;
  const recent = new Set((await database.threadEvents.where('at').aboveOrEqual(threadCutoff).primaryKeys()).map(([threadId]) => threadId));
  const stale = (await database.threads.where('updatedAt').below(threadCutoff).toArray())
    .filter((t) => (t.status === 'answered' || t.status === 'closed') && !recent.has(t.id))
    .map((t) => t.id);
  for (let i = 0; i < stale.length; i += batch) {
    const ids = stale.slice(i, i + batch);
    await database.transaction('rw', database.threads, database.threadEvents, async () => {
      const events = await database.threadEvents.where('threadId').anyOf(ids).primaryKeys();
      await database.threadEvents.bulkDelete(events);
      await database.threads.bulkDelete(ids);
      outcome.threadEvents += events.length;
      outcome.threads += ids.length;
    });
  }
  // Old events whose thread is gone (its row was deleted, or never stored) have nothing to belong to.
  const oldEvents = await database.threadEvents.where('at').below(threadCutoff).primaryKeys();
  const threadIds = [...new Set(oldEvents.map(([threadId]) => threadId))];
  // Keys only: a thread row that exists but is malformed still owns its events.
  const existing = new Set(await database.threads.where(':id').anyOf(threadIds).primaryKeys());
  const orphans = oldEvents.filter(([threadId]) => !existing.has(threadId));
  for (let i = 0; i < orphans.length; i += batch) {
    await database.threadEvents.bulkDelete(orphans.slice(i, i + batch));
    outcome.threadEvents += Math.min(batch, orphans.length - i);
  }

  const auditCutoff = now - retention.auditDays * DAY;
  outcome.audit += await deleteInBatches(() => database.audit.where('at').below(auditCutoff).limit(batch).primaryKeys(), (keys) =>
    database.audit.bulkDelete(keys),
  );

  if (outcome.threads || outcome.threadEvents) announceChange('threads');
  if (outcome.audit) announceChange('audit');
  return outcome;
}

async function deleteInBatches<K>(next: () => Promise<K[]>, remove: (keys: K[]) => Promise<unknown>): Promise<number> {
  let total = 0;
  for (let keys = await next(); keys.length; keys = await next()) {
    await remove(keys);
    total += keys.length;
  }
  return total;
}
