import { attr, closestOf, hasClass, hasMarkup, queryAllField, queryField } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { lastItems, type ReadMessage } from '../shared/snapshot';
import type { Surface } from '../shared/surface';
import { textOf } from '../shared/text';
import { localIso, parseClock, parseDayLabel, type CalendarDay } from '../shared/time';
import { chatFromHash } from './chat-hash';
import { TELEGRAM_SELECTORS } from './selectors';

const S = TELEGRAM_SELECTORS.a;

function threadId(url: URL): string | null {
  const chat = url.pathname.startsWith('/a') ? chatFromHash(url) : null;
  return chat ? `telegram:a:${chat}` : null;
}

/**
 * Direction: telegram-tt adds `.own` to our messages. Time: `.message-time` is "HH:MM" in the
 * viewer's zone; the day comes from the `.message-date-group`'s sticky date ("Today", "November 22").
 * Author: only the first message of a sender group has `.message-title-name`; the rest inherit it
 * from their group, or from the message before when the group container is not found.
 */
function read(doc: Document): { title: string; messages: ReadMessage[] } {
  const title = textOf(queryField(doc, S.title));
  const groupAuthors = new Map<Element, string>();
  const days = new Map<Element, CalendarDay | null>();
  const now = new Date();
  let previous: { out: boolean; author: string } | null = null;
  const messages = lastItems(queryAllField(doc, S.message)).map((message): ReadMessage => {
    const out = hasClass(message, S.outClass);
    const group = closestOf(message, S.senderGroup);
    if (group && !groupAuthors.has(group)) groupAuthors.set(group, textOf(queryField(group, S.author)));
    const author =
      (group && groupAuthors.get(group)) ||
      textOf(queryField(message, S.author)) ||
      (previous?.out === out ? previous.author : '');
    previous = { out, author };
    const dateGroup = closestOf(message, S.dateGroup);
    if (dateGroup && !days.has(dateGroup)) days.set(dateGroup, parseDayLabel(textOf(queryField(dateGroup, S.dateLabel)), now));
    const day = (dateGroup && days.get(dateGroup)) || null;
    const clock = parseClock(textOf(queryField(message, S.time)));
    return {
      id: attr(message, 'data-message-id') || undefined,
      author: author || (out ? '' : title),
      direction: out ? 'out' : 'in',
      at: day && clock ? localIso(day, clock) : null,
      text: textOf(queryField(message, S.text), S.textNoise),
    };
  });
  return { title, messages };
}

export const telegramWebA: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.list, S.inputContainer),
  composer: (doc) => composerByField(doc, S.composer),
  read,
};
