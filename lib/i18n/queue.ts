import { createTranslator, detectLang, type Dictionary, type Lang } from './translate';

/**
 * Texts of the waiting queue (side panel, and the dashboard's "Queue" section), Russian first.
 * Durations inside come from formatDuration ("1 ч 25 мин" / "1 h 25 min").
 */
const ru = {
  title: 'Очередь',
  lead: 'Все обращения, которые ждут ответа, со всех площадок — по сроку ответа.',
  loading: 'Загрузка…',
  loadFailed: 'Не удалось прочитать очередь: {error}',
  countWaiting: 'Ждут ответа: {n}',
  countAtRisk: 'Под угрозой: {n}',
  listLabel: 'Обращения, ждущие ответа',
  emptyTitle: 'Никто не ждёт ответа',
  emptyText: 'Новые обращения появятся здесь, как только TrustOps увидит их на странице.',
  emptyFiltered: 'Под этот фильтр ничего не подходит.',
  resetFilters: 'Сбросить фильтр',

  filterSite: 'Площадка',
  filterState: 'Состояние',
  allSites: 'Все площадки',
  allStates: 'Все',
  stateOk: 'В срок',
  stateWarning: 'Скоро срок',
  stateBreached: 'Просрочено',
  stateSnoozed: 'Отложено',

  left: 'осталось {d}',
  leftUnderMinute: 'осталось меньше минуты',
  overdue: 'просрочено на {d}',
  overdueUnderMinute: 'просрочено только что',
  noDue: 'срок не наступит',
  targetFirst: 'первый ответ',
  targetNext: 'следующий ответ',
  waitingSince: 'ждёт с {time}',
  snoozedUntil: 'отложено до {time}',
  escalatedTo: 'передано: {route}',
  noText: 'Текст сообщения не прочитан',
  openThread: 'Открыть диалог «{title}»',

  answered: 'Ответил',
  noReply: 'Ответ не нужен',
  snooze: 'Отложить',
  escalate: 'Передать',
  snoozeChoices: 'Отложить «{title}»',
  snooze15: '15 мин',
  snooze60: '1 ч',
  snoozeTomorrow: 'До завтра',
  escalateChoices: 'Передать «{title}»',
  noRoutes: 'Маршрутов нет — добавьте их в настройках.',
  unescalate: 'Снять передачу',
  closeChoices: 'Закрыть',

  doneAnswered: '«{title}»: отмечено как отвеченное',
  doneNoReply: '«{title}»: ответ не нужен',
  doneSnoozed: '«{title}»: отложено до {time}',
  doneEscalated: '«{title}»: передано — {route}',
  doneUnescalated: '«{title}»: передача снята',
  actionFailed: 'Не получилось: {error}',
  openFailed: 'Не удалось открыть диалог: {error}',
  unsafeUrl: 'У диалога нет адреса, который можно открыть',
  openQueueTab: 'Открыть очередь во вкладке',
};

export type QueueKey = keyof typeof ru;

const en: Record<QueueKey, string> = {
  title: 'Queue',
  lead: 'Conversations waiting for a reply on every site, soonest due first.',
  loading: 'Loading…',
  loadFailed: 'Could not read the queue: {error}',
  countWaiting: 'Waiting: {n}',
  countAtRisk: 'At risk: {n}',
  listLabel: 'Conversations waiting for a reply',
  emptyTitle: 'Nobody is waiting for a reply',
  emptyText: 'New conversations appear here as soon as TrustOps sees them on a page.',
  emptyFiltered: 'Nothing matches this filter.',
  resetFilters: 'Reset filter',

  filterSite: 'Site',
  filterState: 'State',
  allSites: 'All sites',
  allStates: 'All',
  stateOk: 'On time',
  stateWarning: 'Due soon',
  stateBreached: 'Overdue',
  stateSnoozed: 'Snoozed',

  left: '{d} left',
  leftUnderMinute: 'less than a minute left',
  overdue: 'overdue by {d}',
  overdueUnderMinute: 'just overdue',
  noDue: 'never due',
  targetFirst: 'first reply',
  targetNext: 'next reply',
  waitingSince: 'waiting since {time}',
  snoozedUntil: 'snoozed until {time}',
  escalatedTo: 'handed to {route}',
  noText: 'Message text was not read',
  openThread: 'Open conversation “{title}”',

  answered: 'Answered',
  noReply: 'No reply needed',
  snooze: 'Snooze',
  escalate: 'Escalate',
  snoozeChoices: 'Snooze “{title}”',
  snooze15: '15 min',
  snooze60: '1 h',
  snoozeTomorrow: 'Until tomorrow',
  escalateChoices: 'Escalate “{title}”',
  noRoutes: 'No routes yet — add them in the settings.',
  unescalate: 'Cancel escalation',
  closeChoices: 'Close',

  doneAnswered: '“{title}” marked as answered',
  doneNoReply: '“{title}”: no reply needed',
  doneSnoozed: '“{title}” snoozed until {time}',
  doneEscalated: '“{title}” handed to {route}',
  doneUnescalated: '“{title}”: escalation cancelled',
  actionFailed: 'That did not work: {error}',
  openFailed: 'Could not open the conversation: {error}',
  unsafeUrl: 'This conversation has no address that can be opened',
  openQueueTab: 'Open the queue in a tab',
};

export const queueDictionary: Dictionary<QueueKey> = { ru, en };

export type QueueTranslate = ReturnType<typeof createTranslator<QueueKey>>;

export function createQueueTranslator(lang: Lang): QueueTranslate {
  return createTranslator(queueDictionary, lang);
}

/** `?lang=en` in the address wins (tests, screenshots), then the user's setting, then the browser. */
export function queueLang(search: string, setting: 'auto' | Lang | undefined): Lang {
  const forced = new URLSearchParams(search).get('lang');
  return detectLang(forced ?? setting);
}
