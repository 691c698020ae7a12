import { attr, closestOf, hasMarkup, queryAllField, queryField } from './shared/dom';
import { composerByField } from './shared/composer';
import { lastItems, type ReadMessage } from './shared/snapshot';
import { defineSite, type Surface } from './shared/surface';
import { snippet, textOf } from './shared/text';
import { isoFromDatetime } from './shared/time';
import { catalogClaims } from './site-claim';

/** Mastodon's own front-end (mastodon/mastodon, app/javascript/mastodon; SITES.md confidence H). */
export const MASTODON_SELECTORS = {
  /** The web app's mount point and its server-rendered initial state: on every instance. */
  app: { primary: '#mastodon[data-props]', fallback: 'script#initial-state[type="application/json"]' },
  statusOrCompose: { primary: '.status__wrapper, .detailed-status', fallback: '.compose-form' },
  item: { primary: '.status[data-id], .detailed-status', fallback: '.status__wrapper[data-id]' },
  column: '.column, [role="region"]',
  focused: '.detailed-status',
  author: {
    primary: '.status__display-name, .detailed-status__display-name',
    fallback: 'a[href^="/@"][data-hover-card-account]',
  },
  displayName: { primary: '.display-name__html', fallback: '.display-name strong' },
  time: { primary: '.status__relative-time time[datetime]', fallback: 'time[datetime]' },
  text: { primary: '.status__content__text', fallback: '.status__content' },
  /** Hidden URL parts, spoiler and translate buttons are not the post's text. */
  textNoise: '.invisible, .status__content__spoiler-link, .status__content__read-more-button, .translate-button',
  /** The logged-in account: the compose panel's navigation bar shows "@acct". */
  ownAccount: { primary: '.navigation-bar__profile-account', fallback: '.navigation-bar a[href^="/@"]' },
  composer: {
    primary: '.compose-form textarea.autosuggest-textarea__textarea',
    fallback: '.compose-form textarea',
    heuristic: 'textarea[aria-label]',
  },
} as const;

const S = MASTODON_SELECTORS;
const STATUS_PATH = /^\/(?:deck\/)?@([\w.-]+(?:@[\w.-]+)?)\/(\d+)\/?$/;
/** Snowflake ids: milliseconds since the epoch shifted left by 16 bits (lib/mastodon/snowflake.rb). */
const SNOWFLAKE_EPOCH_FLOOR = Date.UTC(2016, 0, 1);

function threadId(url: URL): string | null {
  const status = STATUS_PATH.exec(url.pathname)?.[2];
  return status ? `mastodon:${url.hostname}:${status}` : null;
}

function isoFromSnowflake(id: string | undefined): string | null {
  if (!id || !/^\d{15,20}$/.test(id)) return null;
  const ms = Number(BigInt(id) >> 16n);
  return ms > SNOWFLAKE_EPOCH_FLOOR ? new Date(ms).toISOString() : null;
}

/** `@Zernoipar@mastodon.social` and `zernoipar` are one account when the host is this instance. */
function normaliseAcct(value: string, host: string): string {
  const acct = value.trim().replace(/^@/, '').toLowerCase();
  const suffix = `@${host.toLowerCase()}`;
  return acct.endsWith(suffix) ? acct.slice(0, -suffix.length) : acct;
}

function acctOf(authorLink: Element | null): string {
  return attr(authorLink, 'title') || (/^\/@([^/]+)/.exec(attr(authorLink, 'href'))?.[1] ?? '');
}

/**
 * Direction rule: a status is `out` when its author is the logged-in account (the compose panel's
 * navigation bar); logged out or hidden, statuses by the focused status's author (the `@user` in
 * `/@user/<id>`, normally the brand's own post being answered under) count as the brand's.
 */
function read(doc: Document, url: URL): { title: string; messages: ReadMessage[] } {
  const [, pathAcct = '', focusedId = ''] = STATUS_PATH.exec(url.pathname) ?? [];
  const own = queryField(doc, S.ownAccount);
  const brand = normaliseAcct(textOf(own) || acctOf(own) || pathAcct, url.hostname);
  const focused = doc.querySelector(S.focused);
  const scope: ParentNode = (focused && closestOf(focused, S.column)) ?? doc;
  let title = '';
  const messages = lastItems(queryAllField(scope, S.item)).map((item): ReadMessage => {
    const isFocused = item.matches(S.focused);
    const authorLink = queryField(item, S.author);
    const acct = normaliseAcct(acctOf(authorLink), url.hostname);
    const id = isFocused ? focusedId : attr(item, 'data-id');
    const text = textOf(queryField(item, S.text), S.textNoise);
    if (isFocused) title = `@${acct}: ${snippet(text)}`;
    return {
      id: id || undefined,
      author: acct ? `@${acct}` : textOf(queryField(item, S.displayName)),
      direction: acct && acct === brand ? 'out' : 'in',
      at: isoFromDatetime(attr(queryField(item, S.time), 'datetime')) ?? isoFromSnowflake(id),
      text,
    };
  });
  return { title, messages };
}

const mastodonThread: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.statusOrCompose),
  composer: (doc) => composerByField(doc, S.composer),
  read,
};

/** Any Mastodon instance: the catalog's hosts by URL, every other host by the web app's markup. */
export const mastodonAdapter = defineSite({
  id: 'mastodon',
  matches: (url) => catalogClaims('mastodon', url),
  detect: (doc) => hasMarkup(doc, S.app) && hasMarkup(doc, S.statusOrCompose),
  surfaces: [mastodonThread],
});
