import type { OptionsKey } from '../../../lib/i18n/options';
import type { SyncedKey, SyncProblem } from '../../../lib/storage/sync';
import { lang, t } from '../i18n';

// Only the settings that can grow past a sync item's 8 KB need a name people recognise.
const KEY_LABEL: Partial<Record<SyncedKey, OptionsKey>> = {
  toneExceptions: 'syncKeyExceptions',
  profile: 'syncKeyProfile',
  escalationRoutes: 'syncKeyRoutes',
  slaPolicy: 'syncKeySla',
};

export const syncKeyLabel = (key: SyncedKey) => (KEY_LABEL[key] ? t(KEY_LABEL[key]) : key);

export const kilobytes = (bytes: number) =>
  t('kilobytes', { n: (bytes / 1024).toLocaleString(lang, { maximumFractionDigits: 1 }) });

/** "The exception list (9.3 KB) is over the 8 KB a synced item may hold". */
export function syncProblemText(problem: SyncProblem): string {
  const vars = { what: syncKeyLabel(problem.key), size: kilobytes(problem.bytes) };
  return problem.quota === 'item' ? t('syncItemTooLarge', vars) : t('syncAreaFull', vars);
}

/** The browser's refusal in words: its rate limits by name, anything else as the browser said it. */
export function syncErrorText(error: string): string {
  if (/MAX_WRITE_OPERATIONS_PER_HOUR/.test(error)) return t('syncRatePerHour');
  if (/MAX_(SUSTAINED_)?WRITE_OPERATIONS_PER_MINUTE/.test(error)) return t('syncRatePerMinute');
  return error;
}

export const clockTime = (at: number) => new Date(at).toLocaleTimeString(lang);
