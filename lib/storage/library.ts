import type { Pack, Reply } from '../schema/pack';
import { ReplySchema } from '../schema/pack';
import type { PackRecord, PickRecord, ReplyRecord, UsageRecord } from '../schema/storage';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';

const now = () => new Date().toISOString();

export async function listPacks(database: TrustOpsDb = db()): Promise<PackRecord[]> {
  return database.packs.orderBy('id').toArray();
}

export async function listReplies(packId?: string, database: TrustOpsDb = db()): Promise<ReplyRecord[]> {
  return packId ? database.replies.where('packId').equals(packId).toArray() : database.replies.toArray();
}

/** Replies of enabled packs only: what the suggestions rank. */
export async function activeReplies(database: TrustOpsDb = db()): Promise<ReplyRecord[]> {
  const enabled = (await database.packs.toArray()).filter((p) => p.enabled).map((p) => p.id);
  return database.replies.where('packId').anyOf(enabled).toArray();
}

export interface ImportResult {
  packId: string;
  replies: number;
  rules: number;
  replaced: boolean;
}

/**
 * Stores a validated pack in one transaction: either every reply lands or none does. A pack with
 * an id that exists replaces that pack's replies and rules (re-importing an updated file).
 */
export async function importPack(
  pack: Pack,
  origin: { source: PackRecord['source']; url?: string } = { source: 'file' },
  database: TrustOpsDb = db(),
): Promise<ImportResult> {
  const stamp = now();
  const result = await database.transaction('rw', database.packs, database.replies, async () => {
    const existing = await database.packs.get(pack.id);
    await database.replies.where('packId').equals(pack.id).delete();
    await database.packs.put({
      id: pack.id,
      name: pack.name,
      locale: pack.locale,
      updatedAt: pack.updatedAt ?? stamp,
      source: origin.source,
      url: origin.url,
      enabled: existing?.enabled ?? true,
      rules: pack.rules,
    });
    await database.replies.bulkPut(pack.replies.map((r) => ({ ...r, packId: pack.id, updatedAt: stamp })));
    return { packId: pack.id, replies: pack.replies.length, rules: pack.rules.length, replaced: !!existing };
  });
  announceChange('library');
  return result;
}

/** The pack in the interchange format, ready for JSON export. */
export async function exportPack(packId: string, database: TrustOpsDb = db()): Promise<Pack> {
  const pack = await database.packs.get(packId);
  if (!pack) throw new Error(`no pack "${packId}"`);
  const replies = await listReplies(packId, database);
  return {
    format: 'trustops-pack',
    version: 1,
    id: pack.id,
    name: pack.name,
    locale: pack.locale,
    updatedAt: pack.updatedAt,
    replies: replies.map(toReply),
    rules: pack.rules,
  };
}

export function toReply({ packId: _p, updatedAt: _u, ...reply }: ReplyRecord): Reply {
  return reply;
}

export async function createPack(name: string, id: string, database: TrustOpsDb = db()): Promise<PackRecord> {
  const record: PackRecord = { id, name, updatedAt: now(), source: 'local', enabled: true, rules: [] };
  await database.packs.add(record);
  announceChange('library');
  return record;
}

export async function updatePack(id: string, changes: Partial<Omit<PackRecord, 'id'>>, database: TrustOpsDb = db()) {
  await database.packs.update(id, { ...changes, updatedAt: now() });
  announceChange('library');
}

/** Creates or updates one reply after validating it. */
export async function saveReply(packId: string, reply: Reply, database: TrustOpsDb = db()): Promise<ReplyRecord> {
  const record: ReplyRecord = { ...ReplySchema.parse(reply), packId, updatedAt: now() };
  await database.transaction('rw', database.packs, database.replies, async () => {
    if (!(await database.packs.get(packId))) throw new Error(`no pack "${packId}"`);
    await database.replies.put(record);
    await database.packs.update(packId, { updatedAt: record.updatedAt });
  });
  announceChange('library');
  return record;
}

/** Removes a reply and returns it, so the UI can offer undo through `restoreReplies`. */
export async function deleteReply(packId: string, id: string, database: TrustOpsDb = db()): Promise<ReplyRecord | undefined> {
  const removed = await database.transaction('rw', database.replies, async () => {
    const record = await database.replies.get([packId, id]);
    if (record) await database.replies.delete([packId, id]);
    return record;
  });
  announceChange('library');
  return removed;
}

export async function restoreReplies(records: ReplyRecord[], database: TrustOpsDb = db()): Promise<void> {
  await database.replies.bulkPut(records);
  announceChange('library');
}

export interface PackSnapshot {
  pack: PackRecord;
  replies: ReplyRecord[];
}

/** Deletes a whole pack; the snapshot brings it back (undo). */
export async function deletePack(id: string, database: TrustOpsDb = db()): Promise<PackSnapshot | undefined> {
  const snapshot = await database.transaction('rw', database.packs, database.replies, async () => {
    const pack = await database.packs.get(id);
    if (!pack) return undefined;
    const replies = await database.replies.where('packId').equals(id).toArray();
    await database.replies.where('packId').equals(id).delete();
    await database.packs.delete(id);
    return { pack, replies };
  });
  announceChange('library');
  return snapshot;
}

export async function restorePack(snapshot: PackSnapshot, database: TrustOpsDb = db()): Promise<void> {
  await database.transaction('rw', database.packs, database.replies, async () => {
    await database.packs.put(snapshot.pack);
    await database.replies.bulkPut(snapshot.replies);
  });
  announceChange('library');
}

/**
 * Stores a pick and bumps the reply's usage count, atomically. A pick whose `clientId` is already
 * stored (the sender's outbox delivered it again) changes nothing: false, and nothing to learn.
 */
export async function recordPick(pick: Omit<PickRecord, 'id'>, database: TrustOpsDb = db()): Promise<boolean> {
  return database.transaction('rw', database.picks, database.usage, async () => {
    if (pick.clientId !== undefined && (await database.picks.where('clientId').equals(pick.clientId).count()) > 0) return false;
    await database.picks.add({ ...pick }); // a copy: Dexie writes the new id into the object it adds
    const key: [string, string] = [pick.packId, pick.replyId];
    const row = await database.usage.get(key);
    await database.usage.put({
      packId: pick.packId,
      replyId: pick.replyId,
      count: (row?.count ?? 0) + 1,
      lastUsedAt: Math.max(row?.lastUsedAt ?? 0, pick.at),
    });
    return true;
  });
}

export async function listPicks(database: TrustOpsDb = db()): Promise<PickRecord[]> {
  return database.picks.orderBy('at').toArray();
}

export async function listUsage(database: TrustOpsDb = db()): Promise<UsageRecord[]> {
  return database.usage.toArray();
}
