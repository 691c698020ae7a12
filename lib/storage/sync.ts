import { utf8ByteLength } from '../engine/pack/size';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from '../schema/settings';
import { migrateSettings } from '../schema/settings-migrations';
import { db, type TrustOpsDb } from './db';
import { loadSettings, saveSettings } from './settings';

/**
 * Mirrors the settings to `storage.sync` (one item per top-level key) and merges them back.
 * The area is a parameter, so this module never touches the browser API itself: the extension
 * passes `browser.storage.sync`, unit tests pass an in-memory fake.
 *
 * Each item is `{ updatedAt, value }`. Locally, a stamp per key records when its value last
 * changed (and a hash to notice the change); the newer side wins per key, ties go to the synced
 * copy. Values from before sync was switched on count as age 0, so a browser joining the sync
 * takes what the others already share.
 *
 * Items name the settings version they were written at (none = v1) and are migrated on the way
 * in like a stored record; an item from a newer TrustOps is left in the area for that browser.
 */
export interface SyncArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Chrome's `storage.sync` quota per item (Firefox allows the same); the total is 100 KB. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_ITEM_PREFIX = 'trustops.settings.';

/**
 * Whether to sync is a choice per browser: switching it on elsewhere must not pull this one in.
 * The version belongs to the record, not to a value: each item carries its own.
 */
export type SyncedKey = Exclude<keyof Settings, 'syncEnabled' | 'version'>;
export const SYNCED_KEYS = Object.keys(SettingsSchema.shape).filter((key) => key !== 'syncEnabled' && key !== 'version') as SyncedKey[];

export interface SyncProblem {
  key: SyncedKey;
  bytes: number;
  /** `item`: the key alone exceeds 8 KB; `total`: the area as a whole is full (100 KB). */
  quota: 'item' | 'total';
}

export interface SyncOutcome {
  written: SyncedKey[];
  /** Keys the quota kept out of sync; their local values are untouched. */
  problems: SyncProblem[];
  /** Any other refusal by the browser (e.g. the write-rate limit), as its message: nothing was written. */
  error?: string;
}

interface SyncedItem {
  updatedAt: number;
  /** The settings version the value is written at; absent = v1 (items written before versions). */
  version?: number;
  /** Absent when the setting is unset (optional keys such as `slaPolicy`). */
  value?: unknown;
}

interface Stamp {
  at: number;
  hash: string;
}
type Stamps = Partial<Record<SyncedKey, Stamp>>;

const STAMPS_RECORD = 'sync-stamps';
const itemKey = (key: SyncedKey) => SYNC_ITEM_PREFIX + key;

export interface SyncOptions {
  database?: TrustOpsDb;
  now?: () => number;
}

/**
 * After a local save: writes the keys changed here since the synced copy (nothing when sync is
 * off). Items over the quota are left out and reported; the local settings are never changed.
 */
export function pushSettings(area: SyncArea, options: SyncOptions = {}): Promise<SyncOutcome | null> {
  return serially(async () => {
    const { database = db(), now = Date.now } = options;
    const settings = await loadSettings(database);
    if (!settings.syncEnabled) return null;
    const stamps = await noteLocalChanges(settings, database, now());
    const remote = await readItems(area);

    const problems: SyncProblem[] = [];
    const fitting: { key: SyncedKey; item: SyncedItem; bytes: number }[] = [];
    for (const key of SYNCED_KEYS) {
      const stamp = stamps[key]!;
      const theirs = remote.get(key);
      if (theirs && theirs.updatedAt >= stamp.at) continue; // the synced copy is as new: a pull's job
      const item: SyncedItem = { updatedAt: stamp.at, version: SETTINGS_VERSION, value: settings[key] };
      const bytes = itemBytes(key, item);
      if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) problems.push({ key, bytes, quota: 'item' });
      else fitting.push({ key, item, bytes });
    }
    // No check of the 100 KB total here: our dozen keys at 8 KB each stay below it, so only other
    // items of the extension can fill the area, and then the browser's refusal says so.

    // A quota refusal names no item: leave out the largest and write the rest (at most one try per key).
    let attempt = fitting;
    while (attempt.length) {
      try {
        await area.set(Object.fromEntries(attempt.map(({ key, item }) => [itemKey(key), item])));
        return { written: attempt.map(({ key }) => key), problems };
      } catch (error) {
        const refusal = explainRefusal(error, attempt);
        if ('error' in refusal) return { written: [], problems, error: refusal.error };
        problems.push(refusal.problem);
        attempt = attempt.filter(({ key }) => key !== refusal.problem.key);
      }
    }
    return { written: [], problems };
  });
}

/**
 * Merges synced settings into the local ones: a synced key newer than the local value (or as
 * old) replaces it; values that fail the schema are skipped. Returns the keys taken over.
 */
export function pullSyncedSettings(area: SyncArea, options: SyncOptions = {}): Promise<SyncedKey[]> {
  return serially(async () => {
    const { database = db(), now = Date.now } = options;
    const local = await loadSettings(database);
    if (!local.syncEnabled) return [];
    const stamps = await noteLocalChanges(local, database, now());
    const remote = await readItems(area);

    const merged = new Map<SyncedKey, unknown>();
    const taken: SyncedKey[] = [];
    for (const [key, item] of remote) {
      const stamp = stamps[key]!;
      if (item.updatedAt < stamp.at || hashOf(item.value) === stamp.hash) continue;
      const value = migratedValue(key, item);
      if (value === undefined || !SettingsSchema.shape[key].safeParse(value).success) continue; // checked on its own, like a stored field
      merged.set(key, value);
      taken.push(key);
    }
    if (!taken.length) return [];

    const changes = Object.fromEntries(merged) as Partial<Settings>;
    const saved = await saveSettings(changes, database);
    for (const key of taken) stamps[key] = { at: remote.get(key)!.updatedAt, hash: hashOf(saved[key]) };
    await database.settings.put({ key: STAMPS_RECORD, value: stamps });
    return taken;
  });
}

/**
 * A synced value brought to the current version through the same chain as a stored record (a
 * one-key record); undefined when the item comes from a newer TrustOps or has no usable version.
 */
function migratedValue(key: SyncedKey, item: SyncedItem): unknown {
  const version = item.version ?? 1;
  if (!Number.isInteger(version) || version < 1 || version > SETTINGS_VERSION) return undefined;
  const { record } = migrateSettings({ [key]: item.value }, version);
  return record[key];
}

/** The keys `storage.onChanged` reports that belong to the synced settings. */
export function isSyncedSettingsItem(storageKey: string): boolean {
  return storageKey.startsWith(SYNC_ITEM_PREFIX);
}

/** Stamps for every key: a changed hash means "changed now"; a key seen first counts as age 0. */
async function noteLocalChanges(settings: Settings, database: TrustOpsDb, at: number): Promise<Required<Stamps>> {
  const stamps = ((await database.settings.get(STAMPS_RECORD))?.value ?? {}) as Stamps;
  let changed = false;
  for (const key of SYNCED_KEYS) {
    const hash = hashOf(settings[key]);
    const stamp = stamps[key];
    if (stamp?.hash === hash) continue;
    stamps[key] = { at: stamp ? at : 0, hash };
    changed = true;
  }
  if (changed) await database.settings.put({ key: STAMPS_RECORD, value: stamps });
  return stamps as Required<Stamps>;
}

async function readItems(area: SyncArea): Promise<Map<SyncedKey, SyncedItem>> {
  const raw = await area.get(SYNCED_KEYS.map(itemKey));
  const items = new Map<SyncedKey, SyncedItem>();
  for (const key of SYNCED_KEYS) {
    const item = raw[itemKey(key)] as Partial<SyncedItem> | undefined;
    if (item && typeof item === 'object' && typeof item.updatedAt === 'number') items.set(key, item as SyncedItem);
  }
  return items;
}

/** How the browser counts an item against the quota: its key plus its value as JSON, in UTF-8. */
function itemBytes(key: SyncedKey, item: SyncedItem): number {
  return utf8ByteLength(itemKey(key)) + utf8ByteLength(JSON.stringify(item));
}

/**
 * The browser may still refuse (other extensions' items are not ours to count, or its quotas
 * differ); its message names the quota but not the item, so blame the largest one written.
 * Any other refusal (the write-rate limits) is passed on as its message.
 */
function explainRefusal(
  error: unknown,
  attempted: { key: SyncedKey; bytes: number }[],
): { problem: SyncProblem } | { error: string } {
  const message = error instanceof Error ? error.message : String(error);
  const quota = /QUOTA_BYTES_PER_ITEM/.test(message) ? 'item' : /QUOTA_BYTES/.test(message) ? 'total' : null;
  if (!quota) return { error: message };
  const { key, bytes } = attempted.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { problem: { key, bytes, quota } };
}

/** FNV-1a over the JSON text: only to notice a change, so 32 bits plus the length suffice. */
function hashOf(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}:${text.length}`;
}

// Push and pull read, merge and write stamps; running them one at a time keeps that consistent.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => {});
  return run;
}
