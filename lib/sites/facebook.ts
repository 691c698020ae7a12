import { attr, hasMarkup, hrefPath, queryAllField, queryField } from './shared/dom';
import { composerByField } from './shared/composer';
import { lastItems, type ReadMessage } from './shared/snapshot';
import { defineSite, type Surface } from './shared/surface';
import { snippet, textOf } from './shared/text';
import { parseRelativeTime } from './shared/time';
import { metaDmSurface } from './meta/dm';
import { catalogClaims } from './site-claim';

/**
 * Facebook and Messenger (SITES.md, confidence L-M): obfuscated atomic classes, so roles,
 * aria-labels and link shapes (`comment_id=`) are what the selectors hold on to.
 */
export const FACEBOOK_SELECTORS = {
  dm: {
    list: { primary: '[role="main"] [role="grid"][aria-label]', fallback: '[role="grid"][aria-label]' },
    row: { primary: '[role="row"]', fallback: '[role="gridcell"]' },
    text: { primary: '[role="gridcell"] div[dir="auto"]', fallback: 'div[dir="auto"]', heuristic: 'span[dir="auto"]' },
    timeRow: 'h4',
    senderHeading: 'h5, h6',
    title: {
      primary: '[role="main"] h2 span',
      fallback: '[role="main"] h2',
      heuristic: '[role="main"] [role="heading"]',
    },
    composer: {
      primary: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      fallback: '[role="main"] [role="textbox"][contenteditable="true"]',
      heuristic: '[contenteditable="true"][aria-label]',
    },
  },
  post: {
    postAuthor: {
      primary: '[data-ad-rendering-role="profile_name"] a[href]',
      fallback: '[role="article"] h2 a[href]',
      heuristic: 'h2 a[href], h3 a[href]',
    },
    postText: { primary: '[data-ad-rendering-role="story_message"]', fallback: '[data-ad-preview="message"]' },
    comment: { primary: 'div[role="article"][aria-label]', fallback: '[role="article"]' },
    commentAuthor: { primary: 'a[href][role="link"] span[dir="auto"]', fallback: 'a[href] span' },
    commentText: { primary: 'div[dir="auto"][style*="text-align"]', fallback: 'div[dir="auto"]' },
    commentLink: { primary: 'a[href*="comment_id="]', fallback: 'a[href*="comment_id"]' },
    composer: {
      primary: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      fallback: 'form [role="textbox"][contenteditable="true"]',
      heuristic: '[contenteditable="true"][aria-label]',
    },
  },
} as const;

const P = FACEBOOK_SELECTORS.post;

/** facebook.com/messages/t/<id>, …/messages/e2ee/t/<id>, messenger.com/t/<id>, …/e2ee/t/<id>. */
function dmThreadId(url: URL): string | null {
  const id = /^(?:\/messages)?(?:\/e2ee)?\/t\/([A-Za-z0-9._-]+)\/?/.exec(url.pathname)?.[1];
  return id ? `facebook:dm:${id}` : null;
}

/** A post's permalink: `/<page>/posts/<id>`, `/<page>/videos/<id>`, `permalink.php?story_fbid=<id>`. */
function postThreadId(url: URL): string | null {
  const id =
    /^\/[^/]+\/(?:posts|videos)\/([A-Za-z0-9]+)/.exec(url.pathname)?.[1] ??
    (/^\/(?:permalink|story)\.php$/.test(url.pathname) ? url.searchParams.get('story_fbid') : null);
  return id ? `facebook:post:${id}` : null;
}

function commentId(link: Element | null): string | undefined {
  return /[?&]comment_id=(\d+)/.exec(attr(link, 'href'))?.[1];
}

/**
 * Direction rule for comments: `out` when the comment's author link is the post's author (the
 * brand page answering as itself). Times are relative ("2 h"): approximate to the unit shown.
 */
function readPost(doc: Document, url: URL): { title: string; messages: ReadMessage[] } {
  const postAuthor = queryField(doc, P.postAuthor);
  const brandPath = hrefPath(postAuthor, url.href);
  const title = snippet(textOf(queryField(doc, P.postText))) || textOf(postAuthor);
  const now = new Date();
  const messages = lastItems(queryAllField(doc, P.comment)).map((comment): ReadMessage => {
    const authorName = queryField(comment, P.commentAuthor);
    const authorLink = authorName?.closest('a[href]') ?? null;
    const link = queryField(comment, P.commentLink);
    const text = queryAllField(comment, P.commentText).find((el) => !authorLink?.contains(el));
    return {
      id: commentId(link),
      author: textOf(authorName),
      direction: brandPath && hrefPath(authorLink, url.href) === brandPath ? 'out' : 'in',
      at: parseRelativeTime(textOf(link), now),
      text: textOf(text),
    };
  });
  return { title, messages };
}

const facebookPost: Surface = {
  threadId: postThreadId,
  recognises: (doc) => hasMarkup(doc, P.comment) || hasMarkup(doc, P.composer),
  composer: (doc) => composerByField(doc, P.composer),
  read: readPost,
};

export const facebookAdapter = defineSite({
  id: 'facebook',
  matches: (url) => catalogClaims('facebook', url),
  surfaces: [metaDmSurface(FACEBOOK_SELECTORS.dm, dmThreadId), facebookPost],
});
