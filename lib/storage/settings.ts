import { SETTINGS_VERSION, SettingsSchema, type Settings, type SettingsChanges } from '../schema/settings';
import { migrateSettings } from '../schema/settings-migrations';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';
import { recordSkippedRow } from './skipped-rows';

const KEY = 'settings';
/** Invalid values a save replaced, kept for the raw export (never read back into the settings). */
export const REPAIRS_KEY = 'settings-repairs';
const REPAIRS_KEPT = 50;

/** A stored field that could not be used: it reads as its default, and the dashboard says so. */
export interface SettingsRepair {
  field: string;
  reason: string;
  /** The value as stored, so that a save can keep it aside instead of losing it. */
  value: unknown;
}

export interface SettingsReading {
  settings: Settings;
  repairs: SettingsRepair[];
  /** The version the stored record was read as (1 = before versions). */
  from: number;
}

/** Settings from the database: migrated to the current version, repaired field by field, repairs reported. */
export async function loadSettings(database: TrustOpsDb = db()): Promise<Settings> {
  const reading = readSettingsRecord((await database.settings.get(KEY))?.value);
  reportRepairs(database.name, reading.repairs);
  return reading.settings;
}

/**
 * Migrates a stored record (lib/schema/settings-migrations), then checks each field on its own:
 * an invalid one falls back to its default, leaves the others alone and becomes a repair note;
 * so does a key the schema does not know.
 * Only the schema's own keys are read (own properties only) and the result is built from them
 * alone, so a stored `__proto__` key can neither reach the result nor replace a prototype.
 */
export function readSettingsRecord(stored: unknown): SettingsReading {
  const { record, from, notes } = migrateSettings(stored);
  const repairs: SettingsRepair[] = notes.map((reason) => ({ field: 'version', reason, value: from }));
  const valid: [string, unknown][] = [];
  for (const [key, field] of Object.entries(SettingsSchema.shape)) {
    if (key === 'version' || !Object.prototype.hasOwnProperty.call(record, key)) continue; // absent: the default
    const value: unknown = record[key];
    if (value === undefined) continue;
    const parsed = field.safeParse(value);
    if (parsed.success) valid.push([key, value]);
    else repairs.push({ field: key, reason: `${issueText(key, parsed.error.issues[0])} (reads as the default)`, value });
  }
  // A key the schema does not know (a newer TrustOps's field, or junk) is not read, but not dropped unsaid either.
  for (const key of Object.keys(record))
    if (!Object.prototype.hasOwnProperty.call(SettingsSchema.shape, key))
      repairs.push({ field: key, reason: `${key}: not a setting of v${SETTINGS_VERSION} (not read)`, value: record[key] });
  // Parsed once more as a whole, for the output types; the version is the current one from here on.
  return { settings: SettingsSchema.parse({ ...Object.fromEntries(valid), version: SETTINGS_VERSION }), repairs, from };
}

export function parseSettingsLeniently(stored: unknown): Settings {
  return readSettingsRecord(stored).settings;
}

/**
 * Saves `changes` over the stored settings, at the current version. Values the reading had to
 * repair are moved to the `settings-repairs` record first: the save replaces them with the
 * defaults the user saw, and the raw export still holds what was there.
 */
export async function saveSettings(changes: SettingsChanges, database: TrustOpsDb = db()): Promise<Settings> {
  const next = await database.transaction('rw', database.settings, async () => {
    const reading = readSettingsRecord((await database.settings.get(KEY))?.value);
    const merged = SettingsSchema.parse({ ...reading.settings, ...changes, version: SETTINGS_VERSION });
    // Kept aside even when this save sets the field anew: what was stored is not ours to drop.
    const lost = reading.repairs.filter((repair) => repair.field !== 'version');
    if (lost.length) {
      const kept = ((await database.settings.get(REPAIRS_KEY))?.value ?? []) as unknown[];
      const at = new Date().toISOString();
      const added = lost.map(({ field, reason, value }) => ({ field, reason, value, version: reading.from, at }));
      await database.settings.put({ key: REPAIRS_KEY, value: [...(Array.isArray(kept) ? kept : []), ...added].slice(-REPAIRS_KEPT) });
    }
    await database.settings.put({ key: KEY, value: merged });
    return merged;
  });
  announceChange('settings');
  return next;
}

/** The dashboard's banner lists these beside the skipped rows (key `settings.<field>`). */
function reportRepairs(database: string, repairs: SettingsRepair[]): void {
  for (const { field, reason } of repairs)
    recordSkippedRow(database, { table: 'settings', key: `${KEY}.${field}`, reason, during: 'read' });
}

function issueText(field: string, issue: { path: PropertyKey[]; message: string } | undefined): string {
  const path = [field, ...(issue?.path ?? []).map(String)].join('.');
  return `${path}: ${issue?.message ?? 'invalid'}`.slice(0, 300);
}
