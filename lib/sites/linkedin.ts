import { attr, hasClass, hasMarkup, queryAllField, queryField } from './shared/dom';
import { composerByField } from './shared/composer';
import { SNAPSHOT_MESSAGE_LIMIT, type ReadMessage } from './shared/snapshot';
import { defineSite, type Surface } from './shared/surface';
import { textOf } from './shared/text';
import { localIso, parseClock, parseDayLabel, type CalendarDay, type ClockTime } from './shared/time';
import { catalogClaims } from './site-claim';

/** LinkedIn messaging (SITES.md "LinkedIn messaging"; Briskine's LinkedIn plugin, scrapers 2026). */
export const LINKEDIN_SELECTORS = {
  list: { primary: '.msg-s-message-list', fallback: '.msg-s-message-list-content' },
  event: { primary: 'li.msg-s-message-list__event', fallback: '.msg-s-message-list__event' },
  item: { primary: '.msg-s-event-listitem[data-event-urn]', fallback: '.msg-s-event-listitem' },
  incomingClass: 'msg-s-event-listitem--other',
  /** Present only on the first message of a day, and of a sender's group, respectively. */
  dayHeading: { primary: 'time.msg-s-message-list__time-heading', fallback: '.msg-s-message-list__time-heading' },
  author: { primary: '.msg-s-message-group__name', fallback: '.msg-s-message-group__profile-link' },
  time: { primary: 'time.msg-s-message-group__timestamp', fallback: '.msg-s-message-group__timestamp' },
  text: { primary: '.msg-s-event-listitem__body', fallback: '.msg-s-event__content' },
  title: { primary: '.msg-entity-lockup__entity-title', fallback: '.msg-thread__link-to-profile', heuristic: '.msg-title-bar h2' },
  form: { primary: '.msg-form', fallback: '.msg-form__msg-content-container' },
  composer: {
    primary: 'div.msg-form__contenteditable[contenteditable][role="textbox"]',
    fallback: '.msg-form [contenteditable]',
    heuristic: '[role="textbox"][contenteditable][aria-label]',
  },
} as const;

const S = LINKEDIN_SELECTORS;

function threadId(url: URL): string | null {
  const id = /^\/messaging\/thread\/([^/]+)\/?/.exec(url.pathname)?.[1];
  return id ? `linkedin:${decodeURIComponent(id)}` : null;
}

/**
 * Direction: LinkedIn adds `msg-s-event-listitem--other` to the correspondent's messages; its
 * absence marks ours. Day headings ("TODAY", "Nov 20") and group headers (name, "2:38 PM") appear
 * only on the first message of their run, so they are carried forward — starting from the newest
 * ones found before the snapshot window (times are in the viewer's zone).
 */
function read(doc: Document): { title: string; messages: ReadMessage[] } {
  const events = queryAllField(doc, S.event);
  const start = Math.max(0, events.length - SNAPSHOT_MESSAGE_LIMIT);
  const now = new Date();
  let day: CalendarDay | null = null;
  let author = '';
  let clock: ClockTime | null = null;
  // Context from before the window: walk back only as far as needed.
  for (let i = start - 1; i >= 0 && (!day || !author); i--) {
    const event = events[i]!;
    if (!day) day = parseDayLabel(textOf(queryField(event, S.dayHeading)), now);
    if (!author) {
      author = textOf(queryField(event, S.author));
      if (author) clock = parseClock(textOf(queryField(event, S.time)));
    }
  }
  const messages: ReadMessage[] = [];
  for (const event of events.slice(start)) {
    const heading = queryField(event, S.dayHeading);
    if (heading) day = parseDayLabel(attr(heading, 'datetime') || textOf(heading), now) ?? day;
    const item = queryField(event, S.item);
    if (!item) continue; // a bare day heading or a system notice
    // Builds differ on whether the group header sits inside the item or beside it in the <li>.
    const name = textOf(queryField(event, S.author));
    if (name) {
      author = name;
      clock = parseClock(textOf(queryField(event, S.time))) ?? clock;
    }
    messages.push({
      id: attr(item, 'data-event-urn') || undefined,
      author,
      direction: hasClass(item, S.incomingClass) ? 'in' : 'out',
      at: day && clock ? localIso(day, clock) : null,
      text: textOf(queryField(item, S.text)),
    });
  }
  return { title: textOf(queryField(doc, S.title)), messages };
}

const linkedinMessaging: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.list, S.form),
  composer: (doc) => composerByField(doc, S.composer),
  read,
};

export const linkedinAdapter = defineSite({
  id: 'linkedin',
  matches: (url) => catalogClaims('linkedin', url),
  surfaces: [linkedinMessaging],
});
