import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrustOpsDb } from '../../lib/storage/db';
import { loadSettings, parseSettingsLeniently, saveSettings } from '../../lib/storage/settings';
import { DEFAULT_SETTINGS } from '../../lib/schema/settings';

let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`settings-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('settings', () => {
  it('start from defaults and persist changes', async () => {
    expect(await loadSettings(database)).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ language: 'en', suggestionsCount: 3 }, database);
    expect(await loadSettings(database)).toMatchObject({ language: 'en', suggestionsCount: 3, autoOpenPanel: true });
  });

  it('refuse an invalid change and keep the stored settings', async () => {
    await saveSettings({ language: 'en' }, database);
    await expect(saveSettings({ suggestionsCount: 99 }, database)).rejects.toThrow();
    expect((await loadSettings(database)).language).toBe('en');
  });

  it('repair a damaged stored value field by field', () => {
    expect(parseSettingsLeniently({ language: 'de', suggestionsCount: 4 })).toMatchObject({ language: 'auto', suggestionsCount: 4 });
  });
});
