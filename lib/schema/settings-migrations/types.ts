/** A settings record as stored, before it is checked: own keys only, any values. */
export type SettingsRecord = Record<string, unknown>;

/**
 * One step of the chain: `from` → `from + 1`. `migrate` gets the record without its `version` (the
 * runner stamps that) and may get a partial one: a synced item carries a single key, so a step
 * must leave alone what is absent and never add defaults (the schema does that afterwards).
 */
export interface SettingsMigration {
  from: number;
  to: number;
  summary: string;
  migrate: (record: SettingsRecord) => SettingsRecord;
}
