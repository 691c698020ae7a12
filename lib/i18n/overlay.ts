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
  | 'crashed';

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
  },
};

export type OverlayTranslate = ReturnType<typeof createTranslator<OverlayKey>>;

/** The panel follows the browser's language for now (a settings override can be passed later). */
export function overlayTranslator(lang: Lang = detectLang()): OverlayTranslate {
  return createTranslator(overlayDictionary, lang);
}
