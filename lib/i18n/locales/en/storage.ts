import type { Texts } from '../../translate';
import type { storage as ru } from '../ru/storage';

/** Texts about the extension's own storage (problems banner, raw export). */
export const storage: Texts<typeof ru> = {
  crashTitle: 'Something broke in TrustOps',
  crashLead: 'This page could not be drawn. Your data has not been deleted.',
  crashError: 'Error: {error}',
  crashReload: 'Reload the page',
  exportRaw: 'Download raw data (JSON)',
  exportRawBusy: 'Collecting the data…',
  exportRawFailed: 'Could not export the data: {error}',
  exportRawDone: 'Saved {file}',

  dbUnavailableTitle: 'Database problem',
  dbUnavailable: 'TrustOps cannot open its database: {error}. Nothing has been deleted. Download the raw data — the export reads the database directly, without the schema, and works when nothing else does.',
  skippedTitle: 'The database has damaged records',
  skippedLead: 'They are skipped when read: suggestions and the sections work without them. Download the raw data if they need to be restored.',
  skippedIn_one: '{n} row skipped in “{table}”:',
  skippedIn_few: '{n} rows skipped in “{table}”:',
  skippedIn_many: '{n} rows skipped in “{table}”:',
  skippedMore: '…and {n} more',
  skippedUpgrade: 'not upgraded',
  recheck: 'Check again',
  quotaTitle: 'The browser refused to save data',
  quota: 'No room for the TrustOps database ({name}), {time}: not saved in “{tables}”. Free disk space or keep history for less time in Settings.',
  quotaDismiss: 'Hide',

  tablePacks: 'packs',
  tableReplies: 'replies',
  tablePicks: 'picked replies',
  tableUsage: 'reply counts',
  tableSettings: 'settings',
  tableAudit: '“send anyway” log',
  tableThreadIgnores: 'thread exceptions',
  tableThreads: 'conversations',
  tableThreadEvents: 'conversation messages',

  retentionTitle: 'History retention',
  retentionLead: 'Older history is removed once a day. Conversations waiting for a reply are always kept.',
  retentionPicksDays: 'Picked replies, days',
  retentionPicksDaysHint: 'Suggestions learn from them; usage counts stay.',
  retentionPicksMax: 'Picked replies, at most',
  retentionPicksMaxHint: 'Beyond this number the oldest go.',
  retentionThreadsDays: 'Answered conversations and their messages, days',
  retentionThreadsDaysHint: 'Counted from the last message; SLA metrics for this period are kept.',
  retentionAuditDays: '“Send anyway” log, days',
  retentionInvalid: 'Enter a whole number from {min} to {max}',
};
