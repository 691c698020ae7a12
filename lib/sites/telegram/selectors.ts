import type { FieldSelectors } from '../shared/dom';

/**
 * Telegram Web K (morethanwords/tweb) and Web A (Ajaxy/telegram-tt), both open source (SITES.md).
 * Each field keeps primary → fallback → heuristic; only primary/fallback count for health.
 */
export const TELEGRAM_SELECTORS = {
  k: {
    list: { primary: '.bubbles .bubbles-inner', fallback: '.bubbles-inner' },
    bubble: {
      primary: '.bubbles-inner .bubble[data-mid]:not(.service)',
      fallback: '.bubble[data-mid]:not(.service)',
      heuristic: '[data-mid][data-peer-id]:not(.service)',
    },
    outClass: 'is-out',
    group: '.bubbles-group',
    groupAuthor: { primary: '.name .peer-title', fallback: '.name' },
    text: { primary: '.message.spoilers-container', fallback: '.message' },
    /** Inside `.message`: the time stamp (rendered twice), reactions and link previews are not the text. */
    textNoise: '.time, .time-inner, .reactions, reactions-element, .webpage, .bubble-beside-button',
    timeTitle: 'span.time[title]',
    title: {
      primary: '.topbar .chat-info .user-title .peer-title',
      fallback: '.chat-info .peer-title',
      heuristic: '#column-center .top [data-peer-id]',
    },
    inputContainer: { primary: '.chat-input', fallback: '.chat-input-container' },
    composer: {
      primary: '.chat-input .input-message-input[contenteditable="true"]',
      fallback: '.input-message-input[contenteditable]',
      heuristic: '#column-center [contenteditable="true"][dir="auto"]',
    },
    /** tweb renders a hidden clone of the input to measure its height. */
    composerClone: '.input-field-input-fake',
  },
  a: {
    list: { primary: '.MessageList .messages-container', fallback: '.messages-container' },
    message: {
      primary: '.messages-container .Message.message-list-item[data-message-id]',
      fallback: '[id^="message-"][data-message-id]',
      heuristic: '.MessageList [id^="message-"]',
    },
    outClass: 'own',
    senderGroup: '.sender-group-container, [class*="SenderGroupContainer"]',
    author: { primary: '.message-title .message-title-name', fallback: '.message-title-name' },
    text: { primary: '.text-content', fallback: '.message-content .text-content' },
    textNoise: '.MessageMeta, .Reactions, .reactions-container',
    time: { primary: '.MessageMeta .message-time', fallback: '.message-time' },
    dateGroup: '.message-date-group',
    dateLabel: { primary: '.sticky-date > span', fallback: '.sticky-date' },
    title: {
      primary: '.MiddleHeader .ChatInfo .fullName',
      fallback: '.MiddleHeader .fullName',
      heuristic: '.MiddleHeader h3',
    },
    inputContainer: { primary: '#editable-message-text', fallback: '.Composer' },
    composer: {
      primary: '#editable-message-text[contenteditable]',
      fallback: '.Composer .form-control[contenteditable]',
      heuristic: '.Composer [contenteditable][role="textbox"]',
    },
  },
} as const satisfies Record<string, Record<string, FieldSelectors | string>>;
