import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, type ToneException } from '../../lib/schema/settings';
import { TrustOpsDb } from '../../lib/storage/db';
import { loadSettings, saveSettings } from '../../lib/storage/settings';
import {
  pullSyncedSettings, pushSettings, SYNC_ITEM_PREFIX, SYNC_QUOTA_BYTES_PER_ITEM, SYNCED_KEYS, type SyncArea,
} from '../../lib/storage/sync';
import { createSyncPusher, SYNC_RETRY_DELAYS_MS, type RetryTimer } from '../../lib/storage/sync-retry';
import { readSyncStatus, SYNC_STATUS_KEY, type SyncStatusArea } from '../../lib/storage/sync-status';

/** An in-memory `storage.sync` that enforces Chrome's quotas and words its errors like Chrome. */
class FakeSyncArea implements SyncArea {
  items = new Map<string, string>();
  sets = 0;
  failNext?: string;
  /** Refusals for the next writes, in order (e.g. the write-rate limit). */
  failures: string[] = [];
  /** Refuse every write with this message (a limit that does not lift). */
  failAlways?: string;
  constructor(
    private readonly total = 102_400,
    private readonly perItem = 8192,
  ) {}

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
    const failure = this.failures.shift() ?? this.failAlways;
    if (failure) throw new Error(failure);
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) {
      const json = JSON.stringify(value);
      if (new TextEncoder().encode(key + json).length > this.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
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
    expect(area.item('suggestionsCount')).toEqual({ version: SETTINGS_VERSION, updatedAt: 0, value: 3 });
    expect(area.item('syncEnabled')).toBeUndefined();
    expect([...area.items.keys()].sort()).toEqual(SYNCED_KEYS.map((k) => SYNC_ITEM_PREFIX + k).sort());

    clock = 5_000;
    await saveSettings({ suggestionsCount: 7 }, database);
    expect((await pushSettings(area, { database, now }))!.written).toEqual(['suggestionsCount']);
    expect(area.item('suggestionsCount')).toEqual({ version: SETTINGS_VERSION, updatedAt: 5_000, value: 7 });
    expect(area.item('language')).toEqual({ version: SETTINGS_VERSION, updatedAt: 0, value: 'auto' });

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

  it('a refusal of the total quota names the largest item, writes the rest and keeps the local settings', async () => {
    area = new FakeSyncArea(6_000);
    const database = newDatabase();
    await saveSettings({ syncEnabled: true, toneExceptions: Array.from({ length: 30 }, (_, i) => exception(i)) }, database);
    const outcome = (await pushSettings(area, { database, now }))!;
    // Items of other origins can fill the area: here the fake's total is small, so the browser refuses.
    expect(outcome.problems).toEqual([{ key: 'toneExceptions', quota: 'total', bytes: expect.any(Number) }]);
    expect(outcome.written).toEqual(SYNCED_KEYS.filter((key) => key !== 'toneExceptions'));
    expect(area.item('toneExceptions')).toBeUndefined();
    expect(area.item('suggestionsCount')).toEqual({ version: SETTINGS_VERSION, updatedAt: 0, value: 5 });
    expect((await loadSettings(database)).toneExceptions).toHaveLength(30);
  });

  it('a per-item refusal the size check did not foresee keeps that key local and writes the rest', async () => {
    area = new FakeSyncArea(102_400, 2_000); // a browser stricter than the 8 KB we count with
    const database = newDatabase();
    await saveSettings({ syncEnabled: true, language: 'en', toneExceptions: Array.from({ length: 20 }, (_, i) => exception(i)) }, database);
    const outcome = (await pushSettings(area, { database, now }))!;
    expect(outcome.problems).toEqual([{ key: 'toneExceptions', quota: 'item', bytes: expect.any(Number) }]);
    expect(outcome.problems[0]!.bytes).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(outcome.error).toBeUndefined();
    expect(outcome.written).toContain('language');
    expect(area.item('language')?.value).toBe('en');
    expect(area.item('toneExceptions')).toBeUndefined();
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
    expect(area.item('language')).toEqual({ version: SETTINGS_VERSION, updatedAt: 2_000, value: 'ru' });
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

/** `storage.local` for the status record, as JSON (what the browser keeps). */
class FakeLocalArea implements SyncStatusArea {
  items = new Map<string, string>();
  async get(key: string) {
    return this.items.has(key) ? { [key]: JSON.parse(this.items.get(key)!) } : {};
  }
  async set(items: Record<string, unknown>) {
    for (const [key, value] of Object.entries(items)) this.items.set(key, JSON.stringify(value));
  }
}

/** The retry alarm: remembers when it would fire. */
class FakeTimer implements RetryTimer {
  at: number | null = null;
  async schedule(at: number) {
    this.at = at;
  }
  async cancel() {
    this.at = null;
  }
}

const RATE = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';

describe('createSyncPusher', () => {
  let local: FakeLocalArea;
  let timer: FakeTimer;
  beforeEach(() => {
    local = new FakeLocalArea();
    timer = new FakeTimer();
  });
  const pusherFor = (database: TrustOpsDb) => createSyncPusher({ area, status: local, timer, database, now });
  const status = () => readSyncStatus(local);

  it('records a successful push with its time', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true, language: 'en' }, database);
    const pusher = pusherFor(database);
    pusher.request();
    await pusher.flush();
    expect(await status()).toEqual({ at: 1_000, state: 'ok', written: expect.arrayContaining(['language']), problems: [] });
    expect(area.item('language')?.value).toBe('en');
    expect(timer.at).toBeNull();
  });

  it('a push refused by the write-rate limit is retried later with the latest settings, once', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true }, database);
    const pusher = pusherFor(database);
    area.failures = [RATE];
    pusher.request();
    await pusher.flush();
    expect(area.items.size).toBe(0);
    expect(await status()).toMatchObject({
      at: 1_000, state: 'retry', error: RATE, retryAt: 1_000 + SYNC_RETRY_DELAYS_MS[0]!, retries: 1, maxRetries: SYNC_RETRY_DELAYS_MS.length,
    });
    expect(timer.at).toBe(1_000 + SYNC_RETRY_DELAYS_MS[0]!);

    // Changes while the retry is pending do not write (the limit would refuse them too)…
    const sets = area.sets;
    for (const count of [2, 3, 4]) {
      clock += 1_000;
      await saveSettings({ suggestionsCount: count }, database);
      pusher.request();
      await pusher.flush();
    }
    expect(area.sets).toBe(sets);
    expect((await status())!.state).toBe('retry');

    // …the retry carries them: the latest value wins, in one write.
    clock = timer.at!;
    await pusher.retry();
    expect(area.sets).toBe(sets + 1);
    expect(area.item('suggestionsCount')).toEqual({ version: SETTINGS_VERSION, updatedAt: expect.any(Number), value: 4 });
    expect(await status()).toMatchObject({ state: 'ok', at: clock });
    expect(timer.at).toBeNull();
  });

  it('backs off with growing delays and gives up after the last retry; the next change starts again', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true }, database);
    const pusher = pusherFor(database);
    area.failAlways = RATE;
    pusher.request();
    await pusher.flush();
    const waits: number[] = [];
    while (timer.at !== null) {
      waits.push(timer.at - clock);
      clock = timer.at;
      await pusher.retry();
      if (waits.length > 20) break;
    }
    expect(waits).toEqual([...SYNC_RETRY_DELAYS_MS]);
    expect(await status()).toMatchObject({ state: 'error', error: RATE, retries: SYNC_RETRY_DELAYS_MS.length, maxRetries: SYNC_RETRY_DELAYS_MS.length });
    expect((await status())!.retryAt).toBeUndefined();

    area.failAlways = undefined;
    clock += 1_000;
    await saveSettings({ language: 'ru' }, database);
    pusher.request();
    await pusher.flush();
    expect(await status()).toMatchObject({ state: 'ok' });
    expect(area.item('language')?.value).toBe('ru');
  });

  it('a quota problem is recorded, not retried', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true, toneExceptions: Array.from({ length: 80 }, (_, i) => exception(i)) }, database);
    const pusher = pusherFor(database);
    pusher.request();
    await pusher.flush();
    expect(await status()).toMatchObject({ state: 'problems', problems: [{ key: 'toneExceptions', quota: 'item' }] });
    expect(timer.at).toBeNull();
    expect(area.item('language')).toBeDefined();
  });

  it('a failure to read the sync area is retried like a refusal', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true }, database);
    const broken: SyncArea = { get: async () => { throw new Error('storage.sync is unavailable'); }, set: (items) => area.set(items) };
    const pusher = createSyncPusher({ area: broken, status: local, timer, database, now });
    pusher.request();
    await pusher.flush();
    expect(await status()).toMatchObject({ state: 'retry', error: 'storage.sync is unavailable', retries: 1 });
  });

  it('bursts of changes cost one push', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true }, database);
    const pusher = pusherFor(database);
    pusher.request();
    await pusher.flush();
    const sets = area.sets;
    for (const count of [2, 3, 4, 6]) {
      clock += 10;
      await saveSettings({ suggestionsCount: count }, database);
      pusher.request(); // within the debounce: coalesced
    }
    await pusher.flush();
    expect(area.sets).toBe(sets + 1);
    expect(area.item('suggestionsCount')?.value).toBe(6);
  });

  it('resumes a retry the worker missed, and re-arms one still to come', async () => {
    const database = newDatabase();
    await saveSettings({ syncEnabled: true }, database);
    await local.set({ [SYNC_STATUS_KEY]: { at: 500, state: 'retry', written: [], problems: [], error: RATE, retryAt: 5_000, retries: 1, maxRetries: 5 } });
    const pusher = pusherFor(database);
    await pusher.resume();
    expect(timer.at).toBe(5_000);
    expect(area.items.size).toBe(0);

    clock = 6_000;
    await pusher.resume();
    expect(await status()).toMatchObject({ state: 'ok', at: 6_000 });
    expect(area.items.size).toBe(SYNCED_KEYS.length);
  });

  it('does nothing while sync is off, and an unreadable status counts as none', async () => {
    const database = newDatabase();
    await local.set({ [SYNC_STATUS_KEY]: { state: 'retry', retryAt: 'soon' } });
    const pusher = pusherFor(database);
    pusher.request();
    await pusher.flush();
    expect(area.sets).toBe(0);
    expect(await status()).toBeNull();
  });
});
