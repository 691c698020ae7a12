import type { Pack } from '../schema/pack';
import type { SubscriptionRecord } from '../schema/subscription';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';
import { deletePack, importPack } from './library';

/**
 * A subscribed pack's id in the library: derived from its URL, so a team pack never overwrites a
 * pack of the user's own with the same `id`, and two URLs never share one.
 */
export function subscriptionPackId(url: string): string {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: a stable short name, not a security measure
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return `sub-${hash.toString(36)}`;
}

export async function listSubscriptions(database: TrustOpsDb = db()): Promise<SubscriptionRecord[]> {
  return database.subscriptions.toArray();
}

export async function getSubscription(url: string, database: TrustOpsDb = db()): Promise<SubscriptionRecord | undefined> {
  return database.subscriptions.get(url);
}

/** Stores the record and reads it back: a write the browser refused must not look done. */
export async function saveSubscription(record: SubscriptionRecord, database: TrustOpsDb = db()): Promise<SubscriptionRecord> {
  await database.subscriptions.put(record);
  const back = await database.subscriptions.get(record.url);
  if (!back || back.lastCheckedAt !== record.lastCheckedAt || back.packId !== record.packId) throw new Error(`the subscription ${record.url} was not stored`);
  announceChange('library');
  return back;
}

/**
 * Puts a checked version into the library as a read-only pack and stores the record with it, in
 * one transaction: the library never holds a version the record does not describe.
 */
export async function applySubscriptionVersion(record: SubscriptionRecord, pack: Pack, database: TrustOpsDb = db()): Promise<SubscriptionRecord> {
  const packId = subscriptionPackId(record.url);
  const stored = { ...record, packId, name: pack.name };
  await database.transaction('rw', database.packs, database.replies, database.subscriptions, async () => {
    await importPack({ ...pack, id: packId }, { source: 'subscription', url: record.url }, database);
    await database.subscriptions.put(stored);
  });
  return saveSubscription(stored, database);
}

/** Removes the subscription and its pack; what comes back brings both back (undo). */
export async function removeSubscription(url: string, database: TrustOpsDb = db()) {
  const record = await database.subscriptions.get(url);
  if (!record) return undefined;
  const pack = record.packId ? await deletePack(record.packId, database) : undefined;
  await database.subscriptions.delete(url);
  announceChange('library');
  return { record, pack: pack ?? null };
}
