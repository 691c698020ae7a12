import type { FieldSelectors } from '../shared/dom';

/**
 * VK markup (SITES.md, "VK"; checked against a 2026 scraper of vk.com and extensions that read
 * the new messenger). Edit here when VK renames something: each field keeps primary → fallback →
 * heuristic, and only primary/fallback count for the health check.
 */
export const VK_SELECTORS = {
  convo: {
    history: { primary: '.ConvoHistory', fallback: '.ConvoHistory__flow' },
    message: {
      primary: 'article.ConvoMessage',
      fallback: '[data-itemkey] article[class*="ConvoMessage"]',
      heuristic: '[data-testid="me_main_content"] [data-itemkey] article',
    },
    outClasses: ['ConvoMessage--out', 'ConvoStack--out'],
    stack: 'section.ConvoStack, section[class*="ConvoStack"]',
    item: '[data-itemkey]',
    author: { primary: 'a.ConvoMessageHeader__authorLink .PeerTitle__title', fallback: '[class*="ConvoMessageHeader"] a' },
    text: { primary: '.MessageText', fallback: '[class*="MessageText"]' },
    /** Quotes inside a message: their text is not the message's own. */
    quoted: '[data-testid="vkme_replied_message"], [data-testid="vkme_forwarded_message"], .Attachments',
    time: { primary: '[class*="MessageInfo"] [class*="__date"]', fallback: 'time' },
    dateStack: '.ConvoHistory__dateStack, [class*="ConvoHistory__dateStack"]',
    dateSeparator: { primary: '.DateSeparator[aria-label]', fallback: '[class*="DateSeparator"]' },
    title: {
      primary: '.ConvoHeader .ConvoTitle__author',
      fallback: '.ConvoTitle__author',
      heuristic: '[data-testid="me_main_content"] header h2',
    },
    composerContainer: { primary: '.ConvoComposer', fallback: '[class*="ConvoComposer"]' },
    composer: {
      primary: 'span.ComposerInput__input.ConvoComposer__input[contenteditable]',
      fallback: '.ConvoComposer [contenteditable]',
      heuristic: '[data-testid="me_main_content"] [contenteditable][role="textbox"]',
    },
  },
  legacy: {
    history: { primary: '.im-page--chat-body', fallback: '.im-page-chat-contain' },
    message: { primary: '.im-mess[data-msgid]', fallback: '[data-msgid][data-ts]' },
    outClass: 'im-mess_out',
    stack: '.im-mess-stack',
    author: { primary: '.im-mess-stack--lnk', fallback: '.im-mess-stack--pname a' },
    text: { primary: '.im-mess--text', fallback: '[class*="im-mess--text"]' },
    title: { primary: '.im-page--title-main-inner', fallback: '.im-page--title-main', heuristic: '.im-page--header [title]' },
    composerContainer: { primary: '.im-chat-input', fallback: '.im-chat-input--textarea' },
    composer: {
      primary: '.im_editable[contenteditable]',
      fallback: '.im-chat-input [contenteditable]',
      heuristic: '[contenteditable][role="textbox"]',
    },
  },
  wall: {
    post: { primary: '[data-testid="post"][data-post-id]', fallback: '[data-post-id]' },
    postAuthor: { primary: 'a[data-testid="post-header-title"]', fallback: '.PostHeaderTitle__authorLink' },
    postText: { primary: '[data-testid="showmoretext-in"]', fallback: '.wall_post_text' },
    comment: {
      primary: '[data-testid="wall_comments_comment_root"], [data-testid="wall_comments_comment_in_thread"]',
      fallback: '.reply[id^="post"]',
    },
    /** A reply nested inside a root comment owns its own author/text/date. */
    nestedComment: '[data-testid="wall_comments_comment_in_thread"]',
    commentAuthor: { primary: '[data-testid="comment-owner"]', fallback: '.reply_author a' },
    commentText: { primary: '[data-testid="comment-text"]', fallback: '.reply_text' },
    commentDate: { primary: 'a[data-testid="wall_comment_date"]', fallback: 'a[href*="reply="]' },
    composer: {
      primary: '[data-testid="content-editable-input"][contenteditable]',
      fallback: '.reply_field[contenteditable]',
      heuristic: '[contenteditable][role="textbox"][aria-label]',
    },
  },
} as const satisfies Record<string, Record<string, FieldSelectors | string | readonly string[]>>;
