import { attr, closestOf, hasMarkup, hrefPath, queryAllField, queryField } from './shared/dom';
import { composerByField } from './shared/composer';
import { lastItems, type ReadMessage } from './shared/snapshot';
import { defineSite, type Surface } from './shared/surface';
import { snippet, textOf } from './shared/text';
import { isoFromDatetime } from './shared/time';
import { metaDmSurface } from './meta/dm';
import { catalogClaims } from './site-claim';

/**
 * Instagram (SITES.md "Instagram, Facebook/Messenger", confidence L-M): classes are obfuscated
 * atomic CSS, so selectors lean on roles, aria-labels, `time[datetime]` and profile links.
 */
export const INSTAGRAM_SELECTORS = {
  dm: {
    list: { primary: '[role="main"] [role="grid"][aria-label]', fallback: '[role="grid"][aria-label]' },
    row: { primary: '[role="row"]', fallback: '[role="gridcell"]' },
    text: { primary: '[role="gridcell"] div[dir="auto"]', fallback: 'div[dir="auto"]', heuristic: 'span[dir="auto"]' },
    timeRow: 'h4',
    senderHeading: 'h5, h6',
    title: {
      primary: '[role="main"] header h2',
      fallback: '[role="main"] header a[href^="/"] span[title]',
      heuristic: '[role="main"] [role="heading"]',
    },
    composer: {
      primary: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      fallback: '[role="main"] [role="textbox"][contenteditable="true"]',
      heuristic: '[contenteditable="true"][aria-label]',
    },
  },
  post: {
    article: { primary: 'main article', fallback: '[role="main"] article', heuristic: 'main' },
    postAuthor: { primary: 'header a[href^="/"][role="link"]', fallback: 'header a[href^="/"]' },
    commentTime: { primary: 'ul li time[datetime]', fallback: 'time[datetime]' },
    commentItem: 'li, [role="listitem"]',
    commentAuthor: { primary: 'h3 a[href^="/"]', fallback: 'h2 a[href^="/"]', heuristic: 'a[href^="/"][role="link"]' },
    commentText: { primary: 'h3 + div span[dir="auto"]', fallback: 'span[dir="auto"]' },
    composer: {
      primary: 'form textarea[aria-label]',
      fallback: 'form textarea',
      heuristic: 'textarea[placeholder]',
    },
  },
} as const;

const P = INSTAGRAM_SELECTORS.post;

const dmThreadId = (url: URL) => {
  const id = /^\/direct\/t\/([A-Za-z0-9_-]+)\/?/.exec(url.pathname)?.[1];
  return id ? `instagram:dm:${id}` : null;
};

/** Post comments: `/p/<code>/`, `/reel/<code>/`, `/<user>/p/<code>/`. */
function postThreadId(url: URL): string | null {
  const code = /^\/(?:[A-Za-z0-9_.]+\/)?(?:p|reel)\/([A-Za-z0-9_-]+)/.exec(url.pathname)?.[1];
  return code ? `instagram:post:${code}` : null;
}

/**
 * Direction rule for post comments: a comment is `out` when its author link is the post's author
 * (the brand account that published it); everyone else is a customer. The caption, written by
 * the author, comes first as an `out` message.
 */
function readPost(doc: Document, url: URL): { title: string; messages: ReadMessage[] } {
  const article = queryField(doc, P.article) ?? doc.body;
  const brandPath = hrefPath(queryField(article, P.postAuthor), url.href);
  const items: Element[] = [];
  for (const time of queryAllField(article, P.commentTime)) {
    const item = closestOf(time, P.commentItem);
    if (item && !items.includes(item)) items.push(item);
  }
  const messages = lastItems(items).map((item): ReadMessage => {
    const authorLink = queryField(item, P.commentAuthor);
    const author = textOf(authorLink);
    const texts = queryAllField(item, P.commentText).filter((el) => !authorLink?.contains(el));
    return {
      author,
      direction: brandPath && hrefPath(authorLink, url.href) === brandPath ? 'out' : 'in',
      at: isoFromDatetime(attr(item.querySelector('time[datetime]'), 'datetime')),
      text: textOf(texts[0]),
    };
  });
  const caption = messages[0]?.direction === 'out' ? messages[0].text : '';
  return { title: snippet(caption) || brandPath.replace(/^\//, '@'), messages };
}

const instagramPost: Surface = {
  threadId: postThreadId,
  recognises: (doc) => hasMarkup(doc, P.commentTime) || hasMarkup(doc, P.composer),
  composer: (doc) => composerByField(doc, P.composer),
  read: readPost,
};

export const instagramAdapter = defineSite({
  id: 'instagram',
  matches: (url) => catalogClaims('instagram', url),
  surfaces: [metaDmSurface(INSTAGRAM_SELECTORS.dm, dmThreadId), instagramPost],
});
