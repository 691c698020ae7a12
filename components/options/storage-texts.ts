import { plural } from '../../lib/i18n/lang';
import { storageTranslator, type StorageKey } from '../../lib/i18n/storage';
import type { Lang } from '../../lib/i18n/translate';

/**
 * Texts about the database itself — the error screen of every extension page, the dashboard's
 * storage banner and the retention card — Russian first. Kept apart from the options dictionary
 * because the popup and the side panel show the error screen too. Texts: lib/i18n/locales/<lang>/storage.ts.
 */
type Key = StorageKey;

export function createStorageTranslator(lang: Lang) {
  const t = storageTranslator(lang);
  const skippedIn = (n: number, table: string) => t(`skippedIn_${plural(lang, n)}`, { n: n.toLocaleString(lang), table });
  return { t, skippedIn };
}

const TABLE_LABELS: Record<string, Key> = {
  packs: 'tablePacks',
  replies: 'tableReplies',
  picks: 'tablePicks',
  usage: 'tableUsage',
  settings: 'tableSettings',
  audit: 'tableAudit',
  threadIgnores: 'tableThreadIgnores',
  threads: 'tableThreads',
  threadEvents: 'tableThreadEvents',
};

/** «ответы (replies)»: the user's word first, the table's own name for whoever repairs it. */
export function tableLabel(t: (key: Key) => string, table: string): string {
  const key = TABLE_LABELS[table];
  return key ? `${t(key)} (${table})` : table;
}
