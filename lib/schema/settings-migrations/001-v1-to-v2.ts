import type { SettingsMigration } from './types';

/**
 * v1 → v2. The record of TrustOps 0.1 named no version, so nothing could tell an old record from a
 * damaged one; from v2 it does. The fields themselves are unchanged. Example input:
 * test/fixtures/settings/v1.json.
 */
export const migration001: SettingsMigration = {
  from: 1,
  to: 2,
  summary: 'the record names its version',
  migrate: (record) => ({ ...record }),
};
