import { attr, hasMarkup, hrefPath, queryAllField, queryField } from './shared/dom';
import { composerByField } from './shared/composer';
import { lastItems, type ReadMessage } from './shared/snapshot';
import { defineSite, type Surface } from './shared/surface';
import { textOf } from './shared/text';
import { parseRelativeTime } from './shared/time';
import { catalogClaims } from './site-claim';

/** YouTube watch-page comments (SITES.md "YouTube comments", confidence M). */
export const YOUTUBE_SELECTORS = {
  app: { primary: 'ytd-watch-flexy', fallback: 'ytd-app' },
  comments: { primary: 'ytd-comments#comments', fallback: '#comments' },
  comment: { primary: 'ytd-comment-view-model', fallback: 'ytd-comment-renderer' },
  author: { primary: '#header-author #author-text', fallback: '#author-text' },
  /** The channel owner's own comments show the name inside a creator badge instead. */
  creatorBadge: { primary: '#author-comment-badge ytd-author-comment-badge-renderer', fallback: 'ytd-author-comment-badge-renderer' },
  text: { primary: '#content-text', fallback: 'yt-attributed-string#content-text' },
  permalink: { primary: '#published-time-text a', fallback: 'a[href*="lc="]' },
  videoOwner: {
    primary: 'ytd-watch-metadata ytd-video-owner-renderer #channel-name a[href]',
    fallback: 'ytd-video-owner-renderer a[href^="/@"]',
  },
  title: { primary: 'ytd-watch-metadata #title h1', fallback: 'h1.ytd-watch-metadata', heuristic: '#above-the-fold h1' },
  composer: {
    primary: 'ytd-commentbox #contenteditable-root[contenteditable]',
    fallback: '#contenteditable-root[contenteditable]',
    heuristic: 'ytd-comments [contenteditable][aria-label]',
  },
} as const;

const S = YOUTUBE_SELECTORS;

function threadId(url: URL): string | null {
  const video = url.pathname === '/watch' ? url.searchParams.get('v') : null;
  return video && /^[A-Za-z0-9_-]{6,20}$/.test(video) ? `youtube:${video}` : null;
}

/**
 * Direction rule: a comment is `out` when YouTube marks it as the channel owner's (creator badge)
 * or its author link is the video owner's channel. Times are relative ("2 hours ago"): approximate.
 * Order is the page's (Top comments with their replies), not strictly chronological.
 */
function read(doc: Document, url: URL): { title: string; messages: ReadMessage[] } {
  const ownerPath = hrefPath(queryField(doc, S.videoOwner), url.href);
  const now = new Date();
  const messages = lastItems(queryAllField(doc, S.comment)).map((comment): ReadMessage => {
    const authorLink = queryField(comment, S.author);
    const badge = queryField(comment, S.creatorBadge);
    const permalink = queryField(comment, S.permalink);
    const byOwner = !!badge || (!!ownerPath && hrefPath(authorLink, url.href) === ownerPath);
    return {
      id: /[?&]lc=([\w.-]+)/.exec(attr(permalink, 'href'))?.[1],
      author: textOf(authorLink) || textOf(badge),
      direction: byOwner ? 'out' : 'in',
      at: parseRelativeTime(textOf(permalink), now),
      text: textOf(queryField(comment, S.text)),
    };
  });
  return { title: textOf(queryField(doc, S.title)), messages };
}

const youtubeWatch: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.app) && (hasMarkup(doc, S.comments) || hasMarkup(doc, S.composer)),
  // The box exists only after a click on `#simplebox-placeholder`; until then there is nothing to type into.
  composer: (doc) => composerByField(doc, S.composer),
  read,
};

export const youtubeAdapter = defineSite({
  id: 'youtube',
  matches: (url) => catalogClaims('youtube', url),
  surfaces: [youtubeWatch],
});
