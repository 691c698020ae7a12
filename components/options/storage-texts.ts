import { createTranslator, type Dictionary, type Lang } from '../../lib/i18n/translate';

/**
 * Texts about the database itself — the error screen of every extension page, the dashboard's
 * storage banner and the retention card — Russian first. Kept apart from the options dictionary
 * because the popup and the side panel show the error screen too.
 */
const ru = {
  crashTitle: 'В TrustOps что-то сломалось',
  crashLead: 'Эта страница не смогла отрисоваться. Ваши данные не удалены.',
  crashError: 'Ошибка: {error}',
  crashReload: 'Перезагрузить страницу',
  exportRaw: 'Скачать сырые данные (JSON)',
  exportRawBusy: 'Собираем данные…',
  exportRawFailed: 'Не удалось выгрузить данные: {error}',
  exportRawDone: 'Файл {file} сохранён',

  dbUnavailableTitle: 'Проблема с базой данных',
  dbUnavailable: 'TrustOps не может открыть свою базу: {error}. Ничего не удалено. Скачайте сырые данные — выгрузка читает базу напрямую, без схемы, и работает, даже когда остальное нет.',
  skippedTitle: 'В базе есть повреждённые записи',
  skippedLead: 'Они пропущены при чтении: подсказки и разделы работают без них. Скачайте сырые данные, если записи нужно восстановить.',
  skippedIn_one: '{n} запись пропущена в «{table}»:',
  skippedIn_few: '{n} записи пропущены в «{table}»:',
  skippedIn_many: '{n} записей пропущено в «{table}»:',
  skippedMore: '…и ещё {n}',
  skippedUpgrade: 'не обновлена',
  recheck: 'Проверить снова',
  quotaTitle: 'Браузер отказался сохранять данные',
  quota: 'Нет места для базы TrustOps ({name}), {time}: не сохранено в «{tables}». Освободите место на диске или сократите срок хранения истории в настройках.',
  quotaDismiss: 'Скрыть',

  tablePacks: 'наборы',
  tableReplies: 'ответы',
  tablePicks: 'выборы ответов',
  tableUsage: 'счётчики ответов',
  tableSettings: 'настройки',
  tableAudit: 'журнал «всё равно отправить»',
  tableThreadIgnores: 'исключения диалогов',
  tableThreads: 'диалоги',
  tableThreadEvents: 'сообщения диалогов',

  retentionTitle: 'Хранение истории',
  retentionLead: 'Старое удаляется раз в день. Диалоги, ожидающие ответа, хранятся всегда.',
  retentionPicksDays: 'Выбранные ответы, дней',
  retentionPicksDaysHint: 'На них учатся подсказки; счётчики использования остаются.',
  retentionPicksMax: 'Выбранные ответы, не больше',
  retentionPicksMaxHint: 'Сверх этого числа удаляются самые старые.',
  retentionThreadsDays: 'Отвеченные диалоги и их сообщения, дней',
  retentionThreadsDaysHint: 'Считается от последнего сообщения; метрики SLA за этот срок сохраняются.',
  retentionAuditDays: 'Журнал «всё равно отправить», дней',
  retentionInvalid: 'Введите целое число от {min} до {max}',
};
type Key = keyof typeof ru;

const en: Record<Key, string> = {
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

const dictionary: Dictionary<Key> = { ru, en };

export function createStorageTranslator(lang: Lang) {
  const t = createTranslator(dictionary, lang);
  const rules = new Intl.PluralRules(lang);
  const skippedIn = (n: number, table: string) => {
    const category = rules.select(n);
    const form = category === 'one' ? 'one' : category === 'few' ? 'few' : 'many';
    return t(`skippedIn_${form}`, { n: n.toLocaleString(lang), table });
  };
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
