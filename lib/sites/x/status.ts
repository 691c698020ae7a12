import { attr, closestOf, hasMarkup, queryAllField, queryField } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { lastItems, type ReadMessage } from '../shared/snapshot';
import type { Surface } from '../shared/surface';
import { snippet, textOf } from '../shared/text';
import { isoFromDatetime } from '../shared/time';
import { handleFromHref } from './handles';
import { X_SELECTORS } from './selectors';

const S = X_SELECTORS.status;
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

function threadId(url: URL): string | null {
  const id = STATUS_PATH.exec(url.pathname)?.[2];
  return id ? `x:status:${id}` : null;
}

/** The post's own text: a quoted post sits inside a `div[role=link]` card within the article. */
function ownText(tweet: Element): string {
  const texts = queryAllField(tweet, S.text);
  const own = texts.find((el) => {
    const card = closestOf(el, S.quoted);
    return !card || !tweet.contains(card);
  });
  return textOf(own ?? texts[0]);
}

/**
 * Direction rule for public replies: a post is `out` when its author is the logged-in account
 * (the side navigation's profile link); without that link, posts by the thread's author (the
 * `<user>` of `/<user>/status/<id>`) count as the brand's.
 */
function read(doc: Document, url: URL): { title: string; messages: ReadMessage[] } {
  const [, pathAuthor = '', focusedId = ''] = STATUS_PATH.exec(url.pathname) ?? [];
  const pageAuthor = pathAuthor.toLowerCase();
  const brand = handleFromHref(attr(queryField(doc, S.ownProfileLink), 'href')) || pageAuthor;
  let title = '';
  const messages = lastItems(queryAllField(doc, S.tweet)).map((tweet): ReadMessage => {
    const userName = queryField(tweet, S.userName);
    const handle = Array.from(userName?.querySelectorAll('a[href^="/"]') ?? [])
      .map((link) => handleFromHref(link.getAttribute('href')))
      .find(Boolean) ?? '';
    const time = queryField(tweet, S.permalinkTime);
    const statusId = /\/status\/(\d+)/.exec(attr(time?.parentElement, 'href'))?.[1];
    const text = ownText(tweet);
    if (statusId === focusedId || (!statusId && attr(tweet, 'tabindex') === '-1')) {
      title = `@${handle || pageAuthor}: ${snippet(text)}`;
    }
    return {
      id: statusId,
      author: handle ? `@${handle}` : textOf(userName),
      direction: handle && handle === brand ? 'out' : 'in',
      at: isoFromDatetime(attr(time, 'datetime')),
      text,
    };
  });
  return { title, messages };
}

export const xStatus: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.tweet, S.composer),
  composer: (doc) => composerByField(doc, S.composer),
  read,
};
