import { t } from '../i18n';
import type { OptionsKey } from '../../../lib/i18n/options';

/** How each table of the database is named to the user (test/unit/backup-roundtrip.test.ts checks every table has one). */
export const TABLE_NAMES: Record<string, OptionsKey> = {
  packs: 'backupTablePacks',
  replies: 'backupTableReplies',
  picks: 'backupTablePicks',
  usage: 'backupTableUsage',
  settings: 'backupTableSettings',
  audit: 'backupTableAudit',
  threadIgnores: 'backupTableIgnores',
  threads: 'backupTableThreads',
  threadEvents: 'backupTableEvents',
  models: 'backupTableModels',
  subscriptions: 'backupTableSubscriptions',
  ideas: 'backupTableIdeas',
  crisisLog: 'backupTableCrisisLog',
};

export const tableName = (table: string) => (TABLE_NAMES[table] ? t(TABLE_NAMES[table]) : table);

/** The background's problem codes (entrypoints/background/backup.ts) in plain words. */
export function backupProblemText(code: string): string {
  const [kind, ...rest] = code.split(':');
  if (kind === 'not-json') return t('backupNotJson');
  if (kind === 'not-backup') return t('backupNotBackup');
  if (kind === 'newer-format' || kind === 'newer-database') return t('backupNewer');
  if (kind === 'unknown-table') return t('backupUnknownTable', { table: rest[0] ?? '' });
  if (kind === 'duplicate-key') return t('backupDuplicateRow', { table: tableName(rest[0] ?? ''), row: rest[1] ?? '' });
  if (kind === 'bad-row') return t('backupBadRow', { table: tableName(rest[0] ?? ''), row: rest[1] ?? '', reason: rest.slice(2).join(':') });
  return code;
}
