import { createTranslator, type Lang } from '../../../lib/i18n/translate';

/**
 * The timer's own ru/en texts. Kept beside the component (not in lib/i18n) so the overlay owner can
 * mount it without wiring another dictionary; `{d}` is a formatDuration text.
 */
const ru = {
  region: 'Срок ответа',
  left: 'осталось {d}',
  leftUnderMinute: 'осталось меньше минуты',
  overdue: 'просрочено на {d}',
  overdueUnderMinute: 'просрочено только что',
  noDue: 'срок не наступит',
  idle: 'Клиент не ждёт ответа',
  paused: 'пауза: нерабочее время',
  snoozed: 'отложено до {time}',
  escalatedTo: 'передано: {route}',
  stateOk: 'В срок',
  stateWarning: 'Скоро срок ответа',
  stateBreached: 'Срок ответа прошёл',
  details: 'Условия SLA',
  targetFirst: 'Первый ответ — за {minutes} мин ({d}) рабочего времени',
  targetNext: 'Следующий ответ — за {minutes} мин ({d}) рабочего времени',
  targets: 'Первый ответ — {first} мин, следующий — {next} мин',
  zone: 'Часовой пояс: {zone}',
  hours: 'Рабочие часы: {hours}',
  start: 'Запустить таймер',
  answered: 'Ответил',
  noReply: 'Ответ не нужен',
  snooze: 'Отложить',
  escalate: 'Передать',
  snooze15: '15 мин',
  snooze60: '1 ч',
  snoozeTomorrow: 'До завтра',
  noRoutes: 'Маршрутов нет',
  unescalate: 'Снять передачу',
  close: 'Закрыть',
};

export type SlaTimerKey = keyof typeof ru;

const en: Record<SlaTimerKey, string> = {
  region: 'Reply deadline',
  left: '{d} left',
  leftUnderMinute: 'less than a minute left',
  overdue: 'overdue by {d}',
  overdueUnderMinute: 'just overdue',
  noDue: 'never due',
  idle: 'No reply pending',
  paused: 'paused: outside working hours',
  snoozed: 'snoozed until {time}',
  escalatedTo: 'handed to {route}',
  stateOk: 'On time',
  stateWarning: 'Reply due soon',
  stateBreached: 'Reply is overdue',
  details: 'SLA terms',
  targetFirst: 'First reply within {minutes} min ({d}) of working time',
  targetNext: 'Next reply within {minutes} min ({d}) of working time',
  targets: 'First reply {first} min, next {next} min',
  zone: 'Time zone: {zone}',
  hours: 'Working hours: {hours}',
  start: 'Start timer',
  answered: 'Answered',
  noReply: 'No reply needed',
  snooze: 'Snooze',
  escalate: 'Escalate',
  snooze15: '15 min',
  snooze60: '1 h',
  snoozeTomorrow: 'Until tomorrow',
  noRoutes: 'No routes',
  unescalate: 'Cancel escalation',
  close: 'Close',
};

export type SlaTimerTranslate = (key: SlaTimerKey, vars?: Record<string, string | number>) => string;

export function slaTimerTranslator(lang: Lang): SlaTimerTranslate {
  return createTranslator({ ru, en }, lang);
}
