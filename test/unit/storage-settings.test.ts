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

  it('repair a record with an own __proto__ key without letting it reach the result', () => {
    // JSON.parse makes `__proto__` an own key; a copy into a plain object would use it as the prototype.
    const stored = JSON.parse(`{
      "__proto__": { "slaPolicy": { "name": "injected" }, "polluted": true, "language": "en" },
      "language": "ru",
      "suggestionsCount": 42,
      "autoOpenPanel": false,
      "notifications": { "warning": false, "breach": true }
    }`);
    expect(Object.prototype.hasOwnProperty.call(stored, '__proto__')).toBe(true);
    const repaired = parseSettingsLeniently(stored);
    expect(Object.getPrototypeOf(repaired)).toBe(Object.prototype);
    expect('polluted' in repaired).toBe(false);
    expect(repaired.slaPolicy).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The one invalid field resets alone; the valid ones are kept.
    expect(repaired).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'ru',
      autoOpenPanel: false,
      notifications: { warning: false, breach: true },
    });
  });

  it('repair ignores inherited values and a record that is not an object', () => {
    const inherited = Object.create({ language: 'en', suggestionsCount: 3 });
    expect(parseSettingsLeniently(inherited)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettingsLeniently(['en'])).toEqual(DEFAULT_SETTINGS);
    expect(parseSettingsLeniently('ru')).toEqual(DEFAULT_SETTINGS);
  });

  it('load a stored record with an own __proto__ key, field by field', async () => {
    const value = JSON.parse('{"__proto__": {"slaPolicy": 7}, "suggestionsCount": "many", "language": "en"}');
    await database.settings.put({ key: 'settings', value });
    const loaded = await loadSettings(database);
    expect(loaded.suggestionsCount).toBe(DEFAULT_SETTINGS.suggestionsCount);
    expect(loaded.language).toBe('en');
    expect(loaded.slaPolicy).toBeUndefined();
    expect(Object.getPrototypeOf(loaded)).toBe(Object.prototype);
  });
});
