/** Texts of the panel's ideas parts: "save as idea" and the "we did it" reply (also its text, in the thread's language). */
export const ideaPanel = {
  saveIdea: 'В идеи',
  saveIdeaHint: 'Сохранить эту просьбу клиента в список идей',
  ideaSaving: 'Сохраняю…',
  ideaCreated: 'Сохранено в идеи',
  ideaMerged: 'Объединено с похожей идеей — просили: {n}',
  ideaAlready: 'Эта переписка уже есть в идее — просили: {n}',
  ideaFailed: 'Идея не сохранилась: {error}',
  doneDraftTitle: 'Вы просили — мы сделали',
  doneDraftLead: 'Идея клиента сделана, ответ готов:',
  doneDraftInsert: 'Вставить',
  doneDraftDismiss: 'Не нужно',
  doneDraftInserted: 'Вставлено в ответ',
  doneDraftText: 'Вы просили — мы сделали: {what}. Спасибо, что подсказали!',
};
