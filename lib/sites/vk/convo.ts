import { closestOf, hasMarkup, queryAllField, queryField, attr } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { lastItems, type ReadMessage } from '../shared/snapshot';
import type { Surface } from '../shared/surface';
import { textOf } from '../shared/text';
import { localIso, parseClock, parseDayLabel, type CalendarDay } from '../shared/time';
import { VK_SELECTORS } from './selectors';
import { convoThreadId } from './urls';

const S = VK_SELECTORS.convo;

/** `/im/convo/<peerId>` and community inboxes `/gim<groupId>/convo/<peerId>`. */
function threadId(url: URL): string | null {
  const match = /^\/(?:im|gim(\d+))\/convo\/(-?\d+)/.exec(url.pathname);
  return match ? convoThreadId(match[1], match[2]!) : null;
}

function isOutgoing(article: Element, stack: Element | null): boolean {
  return S.outClasses.some((name) => article.classList.contains(name) || !!stack?.classList.contains(name));
}

/** The message's own text, not the quoted message it replies to. */
function ownText(article: Element): string {
  for (const field of [S.text.primary, S.text.fallback]) {
    for (const candidate of Array.from(article.querySelectorAll(field))) {
      if (!closestOf(candidate, S.quoted)) return textOf(candidate);
    }
  }
  return '';
}

function headerTitle(doc: Document): string {
  const title = queryField(doc, S.title);
  return attr(title, 'title') || textOf(title);
}

function read(doc: Document): { title: string; messages: ReadMessage[] } {
  const title = headerTitle(doc);
  const articles = lastItems(queryAllField(doc, S.message));
  // Stacks and day groups are shared by many messages: read each once.
  const stackAuthors = new Map<Element, string>();
  const days = new Map<Element, CalendarDay | null>();
  const now = new Date();
  const messages = articles.map((article): ReadMessage => {
    const stack = closestOf(article, S.stack);
    const out = isOutgoing(article, stack);
    let author = '';
    if (stack) {
      if (!stackAuthors.has(stack)) stackAuthors.set(stack, textOf(queryField(stack, S.author)));
      author = stackAuthors.get(stack)!;
    } else {
      author = textOf(queryField(article, S.author));
    }
    const dayGroup = closestOf(article, S.dateStack);
    if (dayGroup && !days.has(dayGroup)) {
      const separator = queryField(dayGroup, S.dateSeparator);
      days.set(dayGroup, parseDayLabel(attr(separator, 'aria-label') || textOf(separator), now));
    }
    const day = (dayGroup && days.get(dayGroup)) || null;
    const clock = parseClock(textOf(queryField(article, S.time)));
    return {
      id: attr(closestOf(article, S.item), 'data-itemkey') || undefined,
      author: author || (out ? '' : title),
      direction: out ? 'out' : 'in',
      at: day && clock ? localIso(day, clock) : null,
      text: ownText(article),
    };
  });
  return { title, messages };
}

export const vkConvo: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.history, S.composerContainer),
  composer: (doc) => composerByField(doc, S.composer),
  read,
};
