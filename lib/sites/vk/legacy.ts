import { closestOf, hasMarkup, hasClass, queryAllField, queryField, attr } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { lastItems, type ReadMessage } from '../shared/snapshot';
import type { Surface } from '../shared/surface';
import { textOf } from '../shared/text';
import { isoFromUnixSeconds } from '../shared/time';
import { VK_SELECTORS } from './selectors';
import { convoThreadId, peerFromSel } from './urls';

const S = VK_SELECTORS.legacy;

/** The legacy messenger: `/im?sel=<id>` and community inboxes `/gim<groupId>?sel=<id>`. */
function threadId(url: URL): string | null {
  const match = /^\/(?:im|gim(\d+))\/?$/.exec(url.pathname);
  const peer = match ? peerFromSel(url.searchParams.get('sel')) : null;
  return match && peer ? convoThreadId(match[1], peer) : null;
}

function read(doc: Document): { title: string; messages: ReadMessage[] } {
  const titleEl = queryField(doc, S.title);
  const title = attr(titleEl, 'title') || textOf(titleEl);
  const stackAuthors = new Map<Element, string>();
  const messages = lastItems(queryAllField(doc, S.message)).map((message): ReadMessage => {
    const out = hasClass(message, S.outClass);
    const stack = closestOf(message, S.stack);
    if (stack && !stackAuthors.has(stack)) stackAuthors.set(stack, textOf(queryField(stack, S.author)));
    const author = (stack && stackAuthors.get(stack)) || '';
    return {
      id: attr(message, 'data-msgid') || undefined,
      author: author || (out ? '' : title),
      direction: out ? 'out' : 'in',
      at: isoFromUnixSeconds(attr(message, 'data-ts')),
      text: textOf(queryField(message, S.text)),
    };
  });
  return { title, messages };
}

export const vkLegacy: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.history, S.composerContainer),
  composer: (doc) => composerByField(doc, S.composer),
  read,
};
