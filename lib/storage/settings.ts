import { SettingsSchema, type Settings } from '../schema/settings';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';

const KEY = 'settings';

/** Settings from the database, repaired field by field: a bad stored value falls back to its default. */
export async function loadSettings(database: TrustOpsDb = db()): Promise<Settings> {
  const stored = (await database.settings.get(KEY))?.value;
  return parseSettingsLeniently(stored);
}

/**
 * Each field is checked on its own: an invalid one falls back to its default and leaves the others
 * alone. Only the schema's own keys are read (own properties only) and the result is built from
 * them alone, so a stored `__proto__` key (JSON.parse makes it an own key) can neither reach the
 * result nor replace a prototype.
 */
export function parseSettingsLeniently(stored: unknown): Settings {
  const source = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
  const valid: [string, unknown][] = [];
  for (const [key, field] of Object.entries(SettingsSchema.shape)) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue; // absent: the schema's default
    const value: unknown = (source as Record<string, unknown>)[key];
    if (value !== undefined && field.safeParse(value).success) valid.push([key, value]);
  }
  return SettingsSchema.parse(Object.fromEntries(valid)); // parsed once more as a whole, for the output types
}

export async function saveSettings(changes: Partial<Settings>, database: TrustOpsDb = db()): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings(database)), ...changes });
  await database.settings.put({ key: KEY, value: next });
  announceChange('settings');
  return next;
}
