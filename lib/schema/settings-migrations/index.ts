import { SETTINGS_VERSION } from '../settings';
import { migration001 } from './001-v1-to-v2';
import { migration002 } from './002-v2-to-v3';
import type { SettingsMigration, SettingsRecord } from './types';

export type { SettingsMigration, SettingsRecord } from './types';

/**
 * Every step from v1 to the current SETTINGS_VERSION, in order, one file each (NNN-vX-to-vY.ts),
 * each with an example record of its input version in test/fixtures/settings/vX.json;
 * test/unit/settings-migrations.test.ts walks the whole chain from the v1 example.
 */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [migration001, migration002];

export interface Migrated {
  /** The record at the current version (still unchecked: the caller validates it field by field). */
  record: SettingsRecord;
  /** The version the record was read as. */
  from: number;
  /** Problems with the record as a whole (its version), for the repair notes. */
  notes: string[];
}

const isRecord = (value: unknown): value is SettingsRecord =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Brings a stored (or synced) record up to SETTINGS_VERSION. Only own keys are copied, into a
 * fresh object (Object.entries/fromEntries make even an own `__proto__` a plain key). A record
 * without a version is v1; one from a newer TrustOps is left as it is and said so: its fields
 * are still read one by one (lib/storage/settings.ts), and those this version does not know are
 * reported there.
 */
export function migrateSettings(stored: unknown, fromVersion?: number): Migrated {
  const source = isRecord(stored) ? stored : {};
  const { version: storedVersion, ...fields } = Object.fromEntries(Object.entries(source)) as SettingsRecord;
  const notes: string[] = [];
  let from = fromVersion ?? 1;
  if (fromVersion === undefined && storedVersion !== undefined) {
    if (typeof storedVersion === 'number' && Number.isInteger(storedVersion) && storedVersion >= 1) from = storedVersion;
    else notes.push(`version: ${JSON.stringify(storedVersion)?.slice(0, 50)} is not a version; read as v1`);
  }
  if (from > SETTINGS_VERSION) {
    notes.push(`version: written by a newer TrustOps (v${from}); read as v${SETTINGS_VERSION}`);
    return { record: fields, from, notes };
  }
  let record = fields;
  for (const step of SETTINGS_MIGRATIONS) if (step.from >= from) record = step.migrate(record);
  return { record, from, notes };
}
