import { CrisisLogRecordSchema, type CrisisLogRecord } from '../schema/crisis';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';

/** At most this many replies are kept in the log (a crisis of weeks on a busy team), newest kept. */
export const CRISIS_LOG_MAX = 20_000;

/**
 * Stores replies sent during a crisis (background only). A reply logged before keeps its first
 * record: seeing the page again logs nothing new.
 */
export async function recordCrisisReplies(records: readonly CrisisLogRecord[], database: TrustOpsDb = db()): Promise<number> {
  if (!records.length) return 0;
  const valid = records.map((record) => CrisisLogRecordSchema.parse(record));
  const added = await database.transaction('rw', database.crisisLog, async () => {
    const known = new Set((await database.crisisLog.bulkGet(valid.map((r) => r.id))).flatMap((r) => (r ? [r.id] : [])));
    const fresh = valid.filter((r) => !known.has(r.id));
    if (fresh.length) await database.crisisLog.bulkPut(fresh);
    const over = (await database.crisisLog.count()) - CRISIS_LOG_MAX;
    if (over > 0) await database.crisisLog.orderBy('at').limit(over).delete();
    return fresh.length;
  });
  if (added) announceChange('threads'); // the log rides on the thread topic: it grows when threads do
  return added;
}

/** The whole log, oldest first (the dashboard's export reads it; extension pages only read). */
export async function listCrisisLog(database: TrustOpsDb = db()): Promise<CrisisLogRecord[]> {
  return database.crisisLog.orderBy('at').toArray();
}

export async function countCrisisLog(database: TrustOpsDb = db()): Promise<number> {
  return database.crisisLog.count();
}
