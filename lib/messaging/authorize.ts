import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Platform } from '../schema/pack';
import type { Request, RequestType } from '../schema/messages';
import { SITE_MATCHES } from '../sites/hosts';
import { siteRow } from '../sites/site-info';
import { httpUrl } from '../web-url';

/**
 * Who may ask the background what (a pure function: lib/messaging/server.ts applies it to each
 * request, test/unit/messaging-authorize.test.ts checks every rule).
 *
 * - Only this extension: another extension's id is refused outright.
 * - The extension's own pages (options, popup, side panel, queue) may send anything.
 * - A content script runs next to a page that may be hostile (an XSS on a supported site can reach
 *   anything the content script can): it may only ask what the overlay needs, and only about the
 *   page it runs in — its site's threads and platform, http(s) addresses on that site. Never the
 *   site switches, the settings, imports or a recompute.
 */

/** What the browser tells about a message's sender (runtime.MessageSender, the fields we read). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** This extension: its id and its pages' origin (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). */
export interface Self {
  id: string;
  origin: string;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** The overlay's requests; everything else is for the extension's own pages. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'suggest',
  'pick',
  'tone.context',
  'tone.ignore',
  'tone.sendAnyway',
  'tone.sent',
  'overlay.settings',
  'thread.snapshot',
  'thread.get',
  'thread.action',
  'ideas.save',
  'ideas.drafts',
  'ideas.draftHandled',
]);

const ALLOWED: Verdict = { ok: true };
const refuse = (reason: string): Verdict => ({ ok: false, reason });

export function authorize(request: Request, sender: Sender, self: Self): Verdict {
  if (!sender.id || sender.id !== self.id) return refuse('sender is not this extension');
  if (!sender.url) return refuse('sender has no address');
  if (sender.url.startsWith(self.origin)) return ALLOWED; // the extension's own pages
  if (!CONTENT_SCRIPT_REQUESTS.has(request.type)) return refuse(`"${request.type}" is not for content scripts`);
  // Our content scripts run in top frames only; a frame's message is not the page's.
  if (sender.frameId !== undefined && sender.frameId !== 0) return refuse('sender is a frame');
  const page = httpUrl(sender.url);
  if (!page) return refuse('sender page is not an http(s) page');
  return authorizeForPage(request, page);
}

/** The content-script rules: the request must be about `page` (the sender's own document). */
export function authorizeForPage(request: Request, page: URL): Verdict {
  switch (request.type) {
    case 'suggest':
      return platformOn(request.platform, page);
    case 'pick':
      // A pick may only name a thread of the sender's own page (it counts towards that thread's replies).
      return request.threadId === undefined ? platformOn(request.platform, page) : all(platformOn(request.platform, page), threadOn(request.threadId, page));
    case 'overlay.settings':
      return ALLOWED;
    case 'tone.context':
      // An empty thread id asks for the profile and rules alone.
      return request.threadId === '' ? ALLOWED : threadOn(request.threadId, page);
    case 'tone.ignore':
    case 'tone.sent':
    case 'thread.get':
    case 'ideas.drafts':
    case 'ideas.draftHandled':
      return threadOn(request.threadId, page);
    case 'ideas.save': {
      const { idea } = request;
      return all(threadOn(idea.threadId, page), platformOn(idea.platform, page), sameSite(idea.url, page));
    }
    case 'tone.sendAnyway':
      return all(threadOn(request.threadId, page), sameSite(request.url, page));
    case 'thread.snapshot': {
      const { snapshot, platform } = request;
      if (!snapshot.id.startsWith(`${snapshot.site}:`)) return refuse('snapshot id does not name its site');
      // Adapter ids are platform names (lib/sites/registry.ts platformOf).
      if (platform !== snapshot.site) return refuse('snapshot platform does not match its site');
      return all(threadOn(snapshot.id, page), sameSite(snapshot.url, page));
    }
    case 'thread.action': {
      const seed = request.seed;
      return all(
        threadOn(request.threadId, page),
        seed ? all(platformOn(seed.platform, page), sameSite(seed.url, page)) : ALLOWED,
      );
    }
    default:
      return refuse(`"${request.type}" is not for content scripts`);
  }
}

function all(...verdicts: Verdict[]): Verdict {
  return verdicts.find((verdict) => !verdict.ok) ?? ALLOWED;
}

const isPlatformName = (value: string): value is keyof typeof SITE_MATCHES => Object.hasOwn(SITE_MATCHES, value);

/** Whether `page`'s host is one of the site's (scheme aside: the adapters match on the host name). */
function hostIsSite(site: keyof typeof SITE_MATCHES, page: URL): boolean {
  const probe = `https://${page.hostname}/`;
  return SITE_MATCHES[site].some((pattern) => new MatchPattern(pattern).includes(probe));
}

/** A federated site (catalog `anyHost`, e.g. Mastodon): an instance may be on any host. */
const onAnyHost = (site: string) => siteRow(site)?.anyHost === true;

/**
 * Suggestions and picks for a platform: generic anywhere; a federated site anywhere (an instance
 * on any host is recognised by its markup); every other platform on its own hosts only.
 */
function platformOn(platform: Platform, page: URL): Verdict {
  if (platform === 'generic' || onAnyHost(platform)) return ALLOWED;
  return hostIsSite(platform, page) ? ALLOWED : refuse(`platform ${platform} on ${page.hostname}`);
}

/**
 * Thread ids are `<site>:<id>` (lib/sites/README.md): `generic:<origin><path>` must be this page's
 * origin, a federated site's `<site>:<host>:<id>` (`mastodon:…`) this page's host, and any other
 * site's ids come from its own hosts.
 */
export function threadOn(threadId: string, page: URL): Verdict {
  const colon = threadId.indexOf(':');
  const site = colon > 0 ? threadId.slice(0, colon) : '';
  const own =
    site === 'generic'
      ? threadId.startsWith(`generic:${page.origin}/`)
      : onAnyHost(site)
        ? threadId.startsWith(`${site}:${page.hostname}:`)
        : isPlatformName(site) && hostIsSite(site, page);
  return own ? ALLOWED : refuse(`thread ${threadId.slice(0, 100)} is not of ${page.origin}`);
}

/** An address the page reports about itself: http(s), on the page's own host. */
function sameSite(value: string, page: URL): Verdict {
  const url = httpUrl(value);
  return url && url.hostname === page.hostname ? ALLOWED : refuse('address is not of the sender page');
}
