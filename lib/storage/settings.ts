import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../schema/settings';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';

const KEY = 'settings';

/** Settings from the database, repaired field by field: a bad stored value falls back to its default. */
export async function loadSettings(database: TrustOpsDb = db()): Promise<Settings> {
  const stored = (await database.settings.get(KEY))?.value;
  return parseSettingsLeniently(stored);
}

export function parseSettingsLeniently(stored: unknown): Settings {
  const whole = SettingsSchema.safeParse(stored ?? {});
  if (whole.success) return whole.data;
  const repaired: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      const trial = SettingsSchema.safeParse({ ...repaired, [key]: value });
      if (trial.success) repaired[key] = value;
    }
  }
  return SettingsSchema.parse(repaired);
}

export async function saveSettings(changes: Partial<Settings>, database: TrustOpsDb = db()): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings(database)), ...changes });
  await database.settings.put({ key: KEY, value: next });
  announceChange('settings');
  return next;
}
