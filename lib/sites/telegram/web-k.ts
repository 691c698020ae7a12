import { attr, closestOf, hasClass, hasMarkup, queryAllField, queryField } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { lastItems, type ReadMessage } from '../shared/snapshot';
import type { Surface } from '../shared/surface';
import { textOf } from '../shared/text';
import { isoFromUnixSeconds, parseDateTimeText } from '../shared/time';
import { chatFromHash } from './chat-hash';
import { TELEGRAM_SELECTORS } from './selectors';

const S = TELEGRAM_SELECTORS.k;

function threadId(url: URL): string | null {
  const chat = url.pathname.startsWith('/k') ? chatFromHash(url) : null;
  return chat ? `telegram:k:${chat}` : null;
}

/**
 * Direction: tweb marks our own messages `.bubble.is-out` (channel posts by an admin included).
 * Author: private chats show no names, so incoming messages take the chat title; in groups the
 * first bubble of a `.bubbles-group` carries the sender's `.peer-title`.
 */
function read(doc: Document): { title: string; messages: ReadMessage[] } {
  const title = textOf(queryField(doc, S.title));
  const groupAuthors = new Map<Element, string>();
  const now = new Date();
  const messages = lastItems(queryAllField(doc, S.bubble)).map((bubble): ReadMessage => {
    const out = hasClass(bubble, S.outClass);
    const group = closestOf(bubble, S.group);
    if (group && !groupAuthors.has(group)) groupAuthors.set(group, textOf(queryField(group, S.groupAuthor)));
    const author = (group && groupAuthors.get(group)) || textOf(queryField(bubble, S.groupAuthor));
    return {
      id: attr(bubble, 'data-mid') || undefined,
      author: author || (out ? '' : title),
      direction: out ? 'out' : 'in',
      at:
        isoFromUnixSeconds(attr(bubble, 'data-timestamp')) ??
        parseDateTimeText(attr(bubble.querySelector(S.timeTitle), 'title'), now),
      text: textOf(queryField(bubble, S.text), S.textNoise),
    };
  });
  return { title, messages };
}

export const telegramWebK: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.list, S.inputContainer),
  composer: (doc) => composerByField(doc, S.composer, S.composerClone),
  read,
};
