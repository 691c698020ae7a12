import { createTranslator, detectLang, type Dictionary, type Lang } from './translate';

/** Texts of the panel shown beside the composer on web pages. */
export type OverlayKey =
  | 'title'
  | 'collapse'
  | 'close'
  | 'chip'
  | 'chipLabel'
  | 'dragHint'
  | 'replyingTo'
  | 'fromSearch'
  | 'noMessage'
  | 'searchLabel'
  | 'searchPlaceholder'
  | 'suggestionsLabel'
  | 'loading'
  | 'empty'
  | 'errorReload'
  | 'errorGeneric'
  | 'retry'
  | 'keyboardHint'
  | 'fillTitle'
  | 'fillHint'
  | 'insert'
  | 'insertWithGaps'
  | 'cancel'
  | 'preview'
  | 'placeholderName'
  | 'placeholderOrder'
  | 'inserted'
  | 'copied'
  | 'insertFailed'
  | 'crashed'
  | 'toneLabel'
  | 'toneClean'
  | 'toneWarningsOne'
  | 'toneWarningsFew'
  | 'toneWarningsMany'
  | 'toneBlocked'
  | 'findingsLabel'
  | 'severityBlock'
  | 'severityWarn'
  | 'severityInfo'
  | 'applyFix'
  | 'applyRemove'
  | 'ignoreLabel'
  | 'ignoreOnce'
  | 'ignoreThread'
  | 'ignoreAlways'
  | 'fixFailed'
  | 'heldTitle'
  | 'heldReason'
  | 'heldHint'
  | 'sendAnyway'
  | 'keepEditing'
  | 'overrideRecording'
  | 'overrideGone'
  | 'overrideNotLogged'
  | 'markupNotRecognised'
  | 'threadLabel'
  | 'threadMessage'
  | 'threadAnswered';

export const overlayDictionary: Dictionary<OverlayKey> = {
  ru: {
    title: 'Быстрые ответы',
    collapse: 'Свернуть',
    close: 'Закрыть (открыть снова — Alt+Shift+K)',
    chip: 'Ответы',
    chipLabel: 'Развернуть панель TrustOps',
    dragHint: 'Перетащите, чтобы сдвинуть панель',
    replyingTo: 'Ответ на сообщение',
    fromSearch: 'Подбор по запросу из поиска',
    noMessage: 'Выделите сообщение клиента на странице или введите запрос ниже.',
    searchLabel: 'Сообщение клиента или запрос',
    searchPlaceholder: 'Поиск по ответам…',
    suggestionsLabel: 'Подходящие ответы',
    loading: 'Подбираем ответы…',
    empty: 'Ничего не подходит. Уточните запрос или выделите другое сообщение.',
    errorReload: 'Расширение было перезагружено — перезагрузите страницу.',
    errorGeneric: 'Не удалось получить ответы: {error}',
    retry: 'Повторить',
    keyboardHint: '↑↓ выбор · Enter вставить · Esc закрыть',
    fillTitle: 'Заполните перед вставкой',
    fillHint: 'Enter — вставить, Esc — отмена',
    insert: 'Вставить',
    insertWithGaps: 'Вставить, оставив {fields}',
    cancel: 'Отмена',
    preview: 'Так будет вставлено',
    placeholderName: 'Имя клиента',
    placeholderOrder: 'Номер заказа',
    inserted: 'Ответ вставлен',
    copied: 'Скопировано — вставьте {paste}',
    insertFailed: 'Не удалось вставить. Скопируйте текст вручную:',
    crashed: 'Панель TrustOps дала сбой. Перезагрузите страницу.',
    toneLabel: 'Проверка тона',
    toneClean: 'Без замечаний',
    toneWarningsOne: '{n} замечание',
    toneWarningsFew: '{n} замечания',
    toneWarningsMany: '{n} замечаний',
    toneBlocked: 'Запрет',
    findingsLabel: 'Замечания к черновику',
    severityBlock: 'Запрет',
    severityWarn: 'Внимание',
    severityInfo: 'Совет',
    applyFix: 'Заменить на «{fix}»',
    applyRemove: 'Убрать эти слова',
    ignoreLabel: 'Пропустить:',
    ignoreOnce: 'сейчас',
    ignoreThread: 'в диалоге',
    ignoreAlways: 'всегда',
    fixFailed: 'Редактор не принял исправление — поправьте текст вручную.',
    heldTitle: 'Отправка остановлена',
    heldReason: 'Замечания с пометкой «Запрет» ниже не дают отправить этот черновик.',
    heldHint: 'Исправьте черновик или отправьте под свою ответственность (это попадёт в журнал). Shift+Enter — новая строка.',
    sendAnyway: 'Отправить всё равно',
    keepEditing: 'К черновику',
    overrideRecording: 'Записываем в журнал…',
    overrideGone:
      'Не отправлено: расширение TrustOps перезагружено, и записать отправку в журнал нельзя. Скопируйте черновик и перезагрузите страницу.',
    overrideNotLogged: 'Не отправлено: TrustOps не подтвердил запись в журнал. Нажмите «Отправить всё равно» ещё раз.',
    markupNotRecognised: 'Разметка сайта не распознана — работает общий режим',
    threadLabel: 'Диалог',
    threadMessage: 'Последнее сообщение клиента',
    threadAnswered: 'Все сообщения клиента в этом диалоге отвечены. Выделите сообщение на странице или введите запрос ниже.',
  },
  en: {
    title: 'Quick replies',
    collapse: 'Collapse',
    close: 'Close (Alt+Shift+K opens it again)',
    chip: 'Replies',
    chipLabel: 'Expand the TrustOps panel',
    dragHint: 'Drag to move the panel',
    replyingTo: 'Replying to',
    fromSearch: 'Matching your search',
    noMessage: "Select the customer's message on the page or type a query below.",
    searchLabel: "Customer's message or a query",
    searchPlaceholder: 'Search replies…',
    suggestionsLabel: 'Suggested replies',
    loading: 'Finding replies…',
    empty: 'Nothing fits. Refine the query or select another message.',
    errorReload: 'The extension was reloaded — reload the page.',
    errorGeneric: 'Could not load replies: {error}',
    retry: 'Retry',
    keyboardHint: '↑↓ choose · Enter insert · Esc close',
    fillTitle: 'Fill in before inserting',
    fillHint: 'Enter inserts, Esc cancels',
    insert: 'Insert',
    insertWithGaps: 'Insert with {fields} left to fill',
    cancel: 'Cancel',
    preview: 'What will be inserted',
    placeholderName: 'Customer name',
    placeholderOrder: 'Order number',
    inserted: 'Reply inserted',
    copied: 'Copied — paste with {paste}',
    insertFailed: "Couldn't insert. Copy the text by hand:",
    crashed: 'The TrustOps panel ran into a problem. Reload the page.',
    toneLabel: 'Tone check',
    toneClean: 'Clean',
    toneWarningsOne: '{n} warning',
    toneWarningsFew: '{n} warnings',
    toneWarningsMany: '{n} warnings',
    toneBlocked: 'Blocked',
    findingsLabel: 'Findings in the draft',
    severityBlock: 'Blocker',
    severityWarn: 'Warning',
    severityInfo: 'Tip',
    applyFix: 'Replace with “{fix}”',
    applyRemove: 'Remove these words',
    ignoreLabel: 'Ignore:',
    ignoreOnce: 'now',
    ignoreThread: 'in this thread',
    ignoreAlways: 'always',
    fixFailed: "The editor didn't take the fix — edit the text by hand.",
    heldTitle: 'Sending held',
    heldReason: 'The findings marked “Blocker” below keep this draft from being sent.',
    heldHint: 'Fix the draft, or send it on your own responsibility (this is logged). Shift+Enter adds a new line.',
    sendAnyway: 'Send anyway',
    keepEditing: 'Back to draft',
    overrideRecording: 'Logging…',
    overrideGone: 'Not sent: TrustOps was reloaded, so this send cannot be logged. Copy your draft and reload the page.',
    overrideNotLogged: 'Not sent: TrustOps did not confirm the log entry. Press “Send anyway” again.',
    markupNotRecognised: 'Site markup not recognised — generic mode',
    threadLabel: 'Thread',
    threadMessage: "Customer's latest message",
    threadAnswered: "Every customer message in this thread has an answer. Select a message on the page or type a query below.",
  },
};

export type OverlayTranslate = ReturnType<typeof createTranslator<OverlayKey>>;

/** The browser's language unless the settings chose one. */
export function overlayTranslator(lang: Lang = detectLang()): OverlayTranslate {
  return createTranslator(overlayDictionary, lang);
}

/** Which of the three plural keys fits `n` (Russian: 1 замечание, 2 замечания, 5 замечаний). */
export function pluralKey(n: number, lang: Lang, keys: { one: OverlayKey; few: OverlayKey; many: OverlayKey }): OverlayKey {
  const rule = new Intl.PluralRules(lang).select(n);
  return rule === 'one' ? keys.one : rule === 'few' ? keys.few : keys.many;
}
