import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, SettingsChangesSchema, SettingsSchema } from '../../lib/schema/settings';
import { migrateSettings, SETTINGS_MIGRATIONS } from '../../lib/schema/settings-migrations';
import { TrustOpsDb } from '../../lib/storage/db';
import { loadSettings, readSettingsRecord, REPAIRS_KEY, saveSettings } from '../../lib/storage/settings';
import { forgetSkippedRows, skippedRows } from '../../lib/storage/skipped-rows';
import { pullSyncedSettings, pushSettings, SYNC_ITEM_PREFIX, type SyncArea } from '../../lib/storage/sync';

/** The example record of each settings version (test/fixtures/settings/vN.json). */
const example = (version: number): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/settings/v${version}.json`, import.meta.url), 'utf8'));
const withoutVersion = ({ version: _, ...fields }: Record<string, unknown>) => fields;

describe('settings migrations', () => {
  it('are numbered one file per step, 001 on, from v1 to the current version, each with an example', () => {
    const dir = fileURLToPath(new URL('../../lib/schema/settings-migrations/', import.meta.url));
    const files = readdirSync(dir).filter((name) => /^\d{3}-/.test(name)).sort();
    expect(files).toHaveLength(SETTINGS_MIGRATIONS.length);
    SETTINGS_MIGRATIONS.forEach((step, i) => {
      expect(step).toMatchObject({ from: i + 1, to: i + 2 });
      expect(files[i]).toBe(`${String(i + 1).padStart(3, '0')}-v${step.from}-to-v${step.to}.ts`);
    });
    expect(SETTINGS_MIGRATIONS.at(-1)?.to ?? 1).toBe(SETTINGS_VERSION);
    for (let version = 1; version <= SETTINGS_VERSION; version++) expect(() => example(version)).not.toThrow();
  });

  it('turn each version’s example into the next one’s, step by step', () => {
    for (const step of SETTINGS_MIGRATIONS)
      expect(step.migrate(withoutVersion(example(step.from))), `v${step.from} → v${step.to}`).toEqual(withoutVersion(example(step.to)));
  });

  it('walk the whole chain: the v1 example reads as the current example, every field kept, nothing repaired', () => {
    const current = example(SETTINGS_VERSION);
    expect(current.version).toBe(SETTINGS_VERSION);
    // The current example is complete and valid as it stands: every field of the schema, no other.
    expect(Object.keys(current).sort()).toEqual(Object.keys(SettingsSchema.shape).sort());
    expect(SettingsSchema.safeParse(current).success).toBe(true);

    const { settings, repairs, from } = readSettingsRecord(example(1));
    expect(from).toBe(1);
    expect(repairs).toEqual([]);
    expect(settings).toEqual(SettingsSchema.parse(current));
    expect(settings).toMatchObject({ language: 'en', suggestionsCount: 3, retention: { picksDays: 90 } });
  });

  it('read a record from a newer TrustOps as it is, and say so', () => {
    const { settings, repairs, from } = readSettingsRecord({ ...example(SETTINGS_VERSION), version: SETTINGS_VERSION + 5, futureField: 1 });
    expect(from).toBe(SETTINGS_VERSION + 5);
    expect(settings.language).toBe('en');
    expect(repairs.map((r) => r.field)).toEqual(['version', 'futureField']);
  });

  it('read a record whose version is not a number as v1, and say so', () => {
    const { settings, repairs, from } = readSettingsRecord({ ...example(1), version: 'two' });
    expect(from).toBe(1);
    expect(settings.suggestionsCount).toBe(3);
    expect(repairs).toEqual([expect.objectContaining({ field: 'version', reason: expect.stringContaining('"two"') })]);
  });

  it('keep own keys only: a stored __proto__ reaches neither the migration nor the result', () => {
    const stored = JSON.parse('{"__proto__": {"polluted": true}, "language": "ru"}');
    const { record } = migrateSettings(stored);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(readSettingsRecord(stored).settings.language).toBe('ru');
  });
});

describe('an invalid field after migration', () => {
  let database: TrustOpsDb;
  beforeEach(() => {
    database = new TrustOpsDb(`settings-migrate-${Math.random().toString(36).slice(2)}`);
  });
  afterEach(async () => {
    forgetSkippedRows(database.name);
    database.close();
    await Dexie.delete(database.name);
  });

  it('reads as its default, is reported as a repair note, and a save keeps the old value aside', async () => {
    await database.settings.put({ key: 'settings', value: { ...example(1), language: 'de', suggestionsCount: 3 } });
    const loaded = await loadSettings(database);
    expect(loaded).toMatchObject({ version: SETTINGS_VERSION, language: 'auto', suggestionsCount: 3 });
    // Shown by the dashboard's storage banner, beside the skipped rows.
    expect(skippedRows(database.name)).toEqual([
      expect.objectContaining({ table: 'settings', key: 'settings.language', reason: expect.stringMatching(/^language: .*default/) }),
    ]);

    await saveSettings({ suggestionsCount: 4 }, database);
    const stored = (await database.settings.get('settings'))?.value as Record<string, unknown>;
    expect(stored).toMatchObject({ version: SETTINGS_VERSION, language: 'auto', suggestionsCount: 4 });
    expect((await database.settings.get(REPAIRS_KEY))?.value).toEqual([
      expect.objectContaining({ field: 'language', value: 'de', version: 1 }),
    ]);
  });

  it('is kept aside once, even when the save sets that field anew', async () => {
    await database.settings.put({ key: 'settings', value: { language: 'de' } });
    await saveSettings({ language: 'ru' }, database);
    await saveSettings({ language: 'en' }, database);
    expect((await database.settings.get(REPAIRS_KEY))?.value).toEqual([expect.objectContaining({ field: 'language', value: 'de' })]);
    expect(await loadSettings(database)).toMatchObject({ language: 'en', version: SETTINGS_VERSION });
  });

  it('a clean record keeps nothing aside', async () => {
    await database.settings.put({ key: 'settings', value: example(1) });
    await saveSettings({ language: 'ru' }, database);
    expect(await database.settings.get(REPAIRS_KEY)).toBeUndefined();
  });
});

describe('a save request', () => {
  it('checks only the fields sent: no defaults for the others, no version, no unknown keys', () => {
    expect(SettingsChangesSchema.parse({ suggestionsCount: 4 })).toEqual({ suggestionsCount: 4 });
    expect(SettingsChangesSchema.safeParse({ suggestionsCount: 40 }).success).toBe(false);
    expect(SettingsChangesSchema.safeParse({ version: 1 }).success).toBe(false);
    expect(SettingsChangesSchema.safeParse({ polluted: true }).success).toBe(false);
  });
});

describe('synced settings', () => {
  class MemoryArea implements SyncArea {
    items: Record<string, unknown> = {};
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((key) => key in this.items).map((key) => [key, structuredClone(this.items[key])]));
    }
    async set(items: Record<string, unknown>) {
      Object.assign(this.items, structuredClone(items));
    }
  }
  let database: TrustOpsDb;
  beforeEach(async () => {
    database = new TrustOpsDb(`settings-migrate-sync-${Math.random().toString(36).slice(2)}`);
    await saveSettings({ syncEnabled: true }, database);
  });
  afterEach(async () => {
    database.close();
    await Dexie.delete(database.name);
  });

  it('carry the version they were written at', async () => {
    const area = new MemoryArea();
    await pushSettings(area, { database, now: () => 1000 });
    expect(area.items[`${SYNC_ITEM_PREFIX}language`]).toMatchObject({ version: SETTINGS_VERSION });
  });

  it('from before versions (v1) are migrated like a stored record; from a newer TrustOps they are left alone', async () => {
    const area = new MemoryArea();
    const v1 = example(1);
    area.items[`${SYNC_ITEM_PREFIX}retention`] = { updatedAt: 5000, value: v1.retention };
    area.items[`${SYNC_ITEM_PREFIX}language`] = { updatedAt: 5000, version: SETTINGS_VERSION + 1, value: 'en' };
    const taken = await pullSyncedSettings(area, { database, now: () => 4000 });
    expect(taken).toEqual(['retention']);
    const settings = await loadSettings(database);
    expect(settings.retention).toEqual(SettingsSchema.parse(example(SETTINGS_VERSION)).retention);
    expect(settings.language).toBe('auto');
  });
});
