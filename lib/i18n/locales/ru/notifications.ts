/** Titles of the SLA notifications. Russian is the reference locale: every other locale must have each key. */
export const notifications = {
  warning: 'Скоро просрочка ответа',
  breach: 'Срок ответа прошёл',
  left: 'Осталось {d}',
  overdue: 'Просрочено на {d}',
};
