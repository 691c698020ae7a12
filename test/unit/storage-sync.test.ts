import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ToneException } from '../../lib/schema/settings';
import { TrustOpsDb } from '../../lib/storage/db';
import { loadSettings, saveSettings } from '../../lib/storage/settings';
import {
  pullSyncedSettings, pushSettings, SYNC_ITEM_PREFIX, SYNC_QUOTA_BYTES_PER_ITEM, SYNCED_KEYS, type SyncArea,
} from '../../lib/storage/sync';

/** An in-memory `storage.sync` that enforces Chrome's quotas and words its errors like Chrome. */
class FakeSyncArea implements SyncArea {
  items = new Map<string, string>();
  sets = 0;
  failNext?: string;
  constructor(private readonly total = 102_400) {}

  async get(keys: string[]) {
    const out: Record<string, unknown> = {};
    for (const key of keys) if (this.items.has(key)) out[key] = JSON.parse(this.items.get(key)!);
    return out;
  }

  async set(items: Record<string, unknown>) {
    this.sets++;
    if (this.failNext) {
      const message = this.failNext;
      this.failNext = undefined;
      throw new Error(message);
    }
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) {
      const json = JSON.stringify(value);
      if (new TextEncoder().encode(key + json).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, json);
    }
    let bytes = 0;
    for (const [key, json] of next) bytes += new TextEncoder().encode(key + json).length;
    if (bytes > this.total) throw new Error('QUOTA_BYTES quota exceeded');
    this.items = next;
  }

  item(key: string): { updatedAt: number; value?: unknown } | undefined {
    const json = this.items.get(SYNC_ITEM_PREFIX + key);
    return json === undefined ? undefined : JSON.parse(json);
  }
}

const exception = (i: number): ToneException => ({
  key: `overpromise|гарантируем результат номер ${i}`,
  ruleId: 'overpromise',
  category: 'overpromise',
  text: `гарантируем результат номер ${i}`,
  createdAt: '2026-11-20T10:00:00.000Z',
});

const databases: TrustOpsDb[] = [];
const newDatabase = () => {
  const database = new TrustOpsDb(`sync-${Math.random().toString(36).slice(2)}`);
  databases.push(database);
  return database;
};
let area: FakeSyncArea;
let clock: number;
const now = () => clock;

beforeEach(() => {
  area = new FakeSyncArea();
  clock = 1_000;
});
afterEach(async () => {
  for (const database of databases.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

describe('pushSettings', () => {
  it('writes nothing while sync is off', async () => {
    const database = newDatabase();
    await saveSettings({ language: 'en' }, database);
    expect(await pushSettings(area, { database, now })).toBeNull();
    expect(area.items.size).toBe(0);
  });

  it('mirrors each top-level key as one item with its updatedAt; the sync switch itself stays local', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true, suggestionsCount: 3 }, database);
    const outcome = await pushSettings(area, { database, now });
    expect(outcome).toEqual({ written: expect.arrayContaining(['suggestionsCount', 'profile']), problems: [] });
    expect(area.item('suggestionsCount')).toEqual({ updatedAt: 0, value: 3 });
    expect(area.item('syncEnabled')).toBeUndefined();
    expect([...area.items.keys()].sort()).toEqual(SYNCED_KEYS.map((k) => SYNC_ITEM_PREFIX + k).sort());

    clock = 5_000;
    await saveSettings({ suggestionsCount: 7 }, database);
    expect((await pushSettings(area, { database, now }))!.written).toEqual(['suggestionsCount']);
    expect(area.item('suggestionsCount')).toEqual({ updatedAt: 5_000, value: 7 });
    expect(area.item('language')).toEqual({ updatedAt: 0, value: 'auto' });

    // Nothing changed: no write at all (storage.sync limits writes per minute).
    const sets = area.sets;
    expect((await pushSettings(area, { database, now }))!.written).toEqual([]);
    expect(area.sets).toBe(sets);
  });

  it('reports an exception list over 8 KB by key, syncs the rest and keeps the local list', async () => {
    const database = newDatabase();
    const exceptions = Array.from({ length: 80 }, (_, i) => exception(i));
    await saveSettings({ syncEnabled: true, toneExceptions: exceptions, language: 'ru' }, database);
    const outcome = (await pushSettings(area, { database, now }))!;
    expect(outcome.problems).toEqual([{ key: 'toneExceptions', quota: 'item', bytes: expect.any(Number) }]);
    expect(outcome.problems[0]!.bytes).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(outcome.written).toContain('language');
    expect(area.item('language')?.value).toBe('ru');
    expect(area.item('toneExceptions')).toBeUndefined();
    expect((await loadSettings(database)).toneExceptions).toHaveLength(80);

    // Shrunk below the quota: it syncs on the next save, and the problem is gone.
    clock = 9_000;
    await saveSettings({ toneExceptions: exceptions.slice(0, 5) }, database);
    const after = (await pushSettings(area, { database, now }))!;
    expect(after.problems).toEqual([]);
    expect((area.item('toneExceptions')?.value as unknown[]).length).toBe(5);
  });

  it('a refusal of the total quota names the largest item and keeps the local settings', async () => {
    area = new FakeSyncArea(6_000);
    const database = newDatabase();
    await saveSettings({ syncEnabled: true, toneExceptions: Array.from({ length: 30 }, (_, i) => exception(i)) }, database);
    const outcome = (await pushSettings(area, { database, now }))!;
    // Items of other origins can fill the area: here the fake's total is small, so the browser refuses.
    expect(outcome.problems).toEqual([{ key: 'toneExceptions', quota: 'total', bytes: expect.any(Number) }]);
    expect(outcome.written).toEqual([]);
    expect((await loadSettings(database)).toneExceptions).toHaveLength(30);
  });

  it('passes on other refusals by the browser as an error', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true }, database);
    area.failNext = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';
    const outcome = (await pushSettings(area, { database, now }))!;
    expect(outcome.error).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);
    expect(outcome.problems).toEqual([]);
  });
});

describe('pullSyncedSettings', () => {
  it('takes what another browser shares when joining, and newer values afterwards', async () => {
    const first = newDatabase();
    await saveSettings({ syncEnabled: true, language: 'en', profile: { ...(await loadSettings(first)).profile, addressForm: 'ty' } }, first);
    await pushSettings(area, { database: first, now });

    // The second browser had its own language before joining: the synced value wins (age 0 locally).
    const second = newDatabase();
    await saveSettings({ language: 'ru' }, second);
    await saveSettings({ syncEnabled: true }, second);
    clock = 2_000;
    expect(await pullSyncedSettings(area, { database: second, now })).toEqual(expect.arrayContaining(['language', 'profile']));
    const joined = await loadSettings(second);
    expect(joined.language).toBe('en');
    expect(joined.profile.addressForm).toBe('ty');
    expect(joined.syncEnabled).toBe(true);
    // Its own push then writes nothing back over the shared values.
    expect((await pushSettings(area, { database: second, now }))!.written).toEqual([]);

    // A change in the second browser reaches the first one.
    clock = 3_000;
    await saveSettings({ suggestionsCount: 2 }, second);
    await pushSettings(area, { database: second, now });
    clock = 4_000;
    expect(await pullSyncedSettings(area, { database: first, now })).toEqual(['suggestionsCount']);
    expect((await loadSettings(first)).suggestionsCount).toBe(2);
  });

  it('keeps a local value that is newer than the synced one', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true }, database);
    await pushSettings(area, { database, now });
    area.items.set(SYNC_ITEM_PREFIX + 'language', JSON.stringify({ updatedAt: 1_500, value: 'en' }));

    clock = 2_000;
    await saveSettings({ language: 'ru' }, database);
    expect(await pullSyncedSettings(area, { database, now })).toEqual([]);
    expect((await loadSettings(database)).language).toBe('ru');
    // …and the next push replaces the older synced value.
    await pushSettings(area, { database, now });
    expect(area.item('language')).toEqual({ updatedAt: 2_000, value: 'ru' });
  });

  it('skips a synced value the schema refuses and does nothing while sync is off', async () => {
    const database = newDatabase();
    area.items.set(SYNC_ITEM_PREFIX + 'suggestionsCount', JSON.stringify({ updatedAt: 9_000, value: 99 }));
    area.items.set(SYNC_ITEM_PREFIX + 'autoOpenPanel', JSON.stringify({ updatedAt: 9_000, value: false }));
    expect(await pullSyncedSettings(area, { database, now })).toEqual([]);
    expect((await loadSettings(database)).autoOpenPanel).toBe(true);

    await saveSettings({ syncEnabled: true }, database);
    expect(await pullSyncedSettings(area, { database, now })).toEqual(['autoOpenPanel']);
    const settings = await loadSettings(database);
    expect(settings.autoOpenPanel).toBe(false);
    expect(settings.suggestionsCount).toBe(5);
  });
});
