/**
 * Every site fixture (test/fixtures/sites) and the demo inbox, with the page's own composer, its
 * send/attach controls and the customer's last message, found by the selectors the fixtures copy
 * from the real sites (see the sources at the top of each fixture). The placement suite checks that
 * the overlay covers none of them.
 */
export interface PlacementCase {
  name: string;
  /** A file in test/fixtures/sites routed at `url`; `local`: test/fixtures/`url` on 127.0.0.1; `demo`: the demo inbox. */
  fixture: string;
  url: string;
  composer: string;
  /** Clicked first where the composer appears only then. */
  openComposer?: string;
  /** The page's send and attach controls around the composer: each must be present and uncovered. */
  controls: string[];
  /** Text of the customer's last message (the innermost visible element holding it is checked)... */
  customer?: string;
  /** ...or the selector of the customer's messages (the last one is checked). */
  customerSelector?: string;
}

const VK_LAST = 'Когда ждать возврат? И ещё: у вас есть овсяное молоко в точке на Садовой?';
const LEXICAL_TEXTBOX = '[role="main"] [role="textbox"][contenteditable="true"]';

export const PLACEMENT_CASES: PlacementCase[] = [
  { name: 'vk', fixture: 'vk-convo.html', url: 'https://vk.com/im/convo/123456789', composer: '.ConvoComposer__input',
    controls: ['.ConvoComposer__sendButton'], customer: VK_LAST },
  // Same page with hashed class names: only aria and data-testid are left to find things by.
  { name: 'vk-convo-renamed', fixture: 'vk-convo-renamed.html', url: 'https://vk.com/im/convo/123456789',
    composer: '[role="textbox"][aria-label="Написать сообщение"]', controls: ['main button[aria-label="Отправить"]'], customer: VK_LAST },
  { name: 'vk-legacy', fixture: 'vk-legacy.html', url: 'https://vk.com/im?sel=123456789', composer: '.im_editable',
    controls: ['._im_send'], customer: 'Отправила. Когда ждать возврат?' },
  { name: 'vk-wall', fixture: 'vk-wall.html', url: 'https://vk.com/wall-123456_789', composer: '[data-testid="post"] [data-testid="content-editable-input"]',
    controls: ['[data-testid="post"] [data-testid="send-comment"]'],
    customer: 'Купил вчера пряный раф, а он был чуть тёплый. Можно что-то с этим сделать?' },
  { name: 'telegram-k', fixture: 'telegram-k.html', url: 'https://web.telegram.org/k/#@zernoipar', composer: '.chat-input .input-message-input:not(.input-field-input-fake)',
    controls: ['.chat-input .attach-file', '.btn-send-container .btn-send'], customer: 'Где мой заказ? Оплата уже списалась.' },
  { name: 'telegram-a', fixture: 'telegram-a.html', url: 'https://web.telegram.org/a/#-1001987654321', composer: '#editable-message-text',
    controls: ['#attach-menu-button', '.Composer .send'], customer: 'Где мой заказ? Оплата уже списалась.' },
  { name: 'x-status', fixture: 'x-status.html', url: 'https://x.com/zernoipar/status/1992481234567890001', composer: '[data-testid="tweetTextarea_0"]',
    controls: ['[data-testid="toolBar"] [role="button"]', '[data-testid="tweetButtonInline"]'],
    customer: 'Заказ через приложение висит уже 40 минут, номер 5521. Где он?' },
  { name: 'x-dm', fixture: 'x-dm.html', url: 'https://x.com/i/chat/1500000000000000001-1600000000000000002', composer: 'textarea[data-testid="dm-composer-textarea"]',
    controls: ['[data-testid="dm-composer-send-button"]'], customer: 'Отправила. Когда ждать возврат?' },
  { name: 'instagram', fixture: 'instagram-dm.html', url: 'https://www.instagram.com/direct/t/340282366841710300949128171234567890/',
    composer: LEXICAL_TEXTBOX, controls: [`${LEXICAL_TEXTBOX} ~ [role="button"]`], customer: 'Отправила фото. Когда ждать возврат?' },
  { name: 'facebook', fixture: 'facebook-messenger.html', url: 'https://www.facebook.com/messages/t/100012345678901',
    composer: LEXICAL_TEXTBOX, controls: ['[aria-label="Нажмите Enter, чтобы отправить"]'], customer: 'Отправила фото. Когда ждать возврат?' },
  { name: 'youtube', fixture: 'youtube.html', url: 'https://www.youtube.com/watch?v=zRnP4rDemo1', composer: 'ytd-commentbox #contenteditable-root',
    openComposer: '#simplebox-placeholder', controls: ['ytd-commentbox #cancel-button button', 'ytd-commentbox #submit-button button'],
    customer: 'Купил у вас пачку эфиопии, а дата обжарки на ней двухмесячная. Это нормально?' },
  { name: 'linkedin', fixture: 'linkedin.html', url: 'https://www.linkedin.com/messaging/thread/2-ZmE0YjI1ZDUtYW5uYQ==/', composer: '.msg-form__contenteditable',
    controls: ['.msg-form__footer .msg-form__left-actions button', '.msg-form__send-button'], customer: 'И пришлите, пожалуйста, меню с ценами.' },
  { name: 'mastodon', fixture: 'mastodon.html', url: 'https://mastodon.social/@zernoipar/117664225689600000', composer: '.compose-form textarea',
    controls: ['.compose-form__buttons button', '.compose-form button[type="submit"]'],
    customer: '@zernoipar заказ через приложение висит уже 40 минут, номер 5521. Где он?' },
  { name: 'generic', fixture: 'local', url: 'sites/generic.html', composer: '#reply',
    controls: ['form button[type="submit"]'], customer: 'Здравствуйте! В чеке пробили два капучино вместо одного.' },
  { name: 'demo', fixture: 'demo', url: '', composer: '#reply', controls: ['#send'], customerSelector: '#messages .msg.in' },
];
