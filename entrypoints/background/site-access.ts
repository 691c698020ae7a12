import browser from 'webextension-polyfill';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Handlers } from '../../lib/messaging/server';
import type { SiteStatus } from '../../lib/schema/messages';
import {
  declaredScripts,
  isCoveredBy,
  isSameRegistration,
  isSitePattern,
  registrationsFor,
  sampleUrlOf,
  SITE_SCRIPT_PREFIX,
  sitePatternOf,
} from '../../lib/sites/site-access';

/**
 * The background half of "Enable TrustOps on this site" (the rules are in lib/sites/site-access.ts).
 * For each site whose host permission the user granted, the overlay's content scripts are
 * registered for that site alone and started in its open tabs at once; registrations follow the
 * permissions when they change in the browser's own UI or were lost between sessions.
 */

const declared = () => declaredScripts(browser.runtime.getManifest());
const builtInMatches = () => declared().flatMap((script) => script.matches);
const log = (error: unknown) => console.error('[TrustOps] site access', error);

/** Registration changes run one at a time: a grant can arrive while startup reconciles. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => {});
  return run;
}

const hasPermission = (pattern: string) => browser.permissions.contains({ origins: [pattern] });

async function siteRegistrations() {
  const held = await browser.scripting.getRegisteredContentScripts();
  return held.filter((script) => script.id.startsWith(SITE_SCRIPT_PREFIX));
}

async function isRegistered(pattern: string): Promise<boolean> {
  const wanted = registrationsFor(pattern, declared());
  const held = await browser.scripting.getRegisteredContentScripts({ ids: wanted.map((r) => r.id) });
  return wanted.every((w) => held.some((h) => h.id === w.id && isSameRegistration(h, w)));
}

/** Registers the site's scripts; replaces ones left by an older build (other files or settings). */
async function register(pattern: string): Promise<void> {
  const wanted = registrationsFor(pattern, declared());
  const held = await browser.scripting.getRegisteredContentScripts({ ids: wanted.map((r) => r.id) });
  const stale = held.filter((h) => !wanted.some((w) => w.id === h.id && isSameRegistration(h, w)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((h) => h.id) });
  const missing = wanted.filter((w) => !held.some((h) => h.id === w.id) || stale.some((s) => s.id === w.id));
  if (missing.length) await browser.scripting.registerContentScripts(missing);
}

async function unregister(patterns: string[]): Promise<void> {
  const ids = (await siteRegistrations()).filter((r) => patterns.includes(r.matches?.[0] ?? '')).map((r) => r.id);
  if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
}

/** Runs in the tab's isolated world, shared by all our scripts: true only once per document. */
function claimFirstStart(): boolean {
  const scope = globalThis as { __trustopsSiteStarted?: boolean };
  if (scope.__trustopsSiteStarted) return false;
  scope.__trustopsSiteStarted = true;
  return true;
}

/**
 * Starts the overlay in an already open tab of the site, as the registration would on the next
 * load: the same files, worlds and order. Once per document, however many grants arrive.
 */
async function startIn(tabId: number, pattern: string): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url || !new MatchPattern(pattern).includes(tab.url)) return false; // navigated away meanwhile
    const target = { tabId };
    const [claim] = await browser.scripting.executeScript({ target, func: claimFirstStart });
    if (claim?.result !== true) return true;
    for (const script of declared()) {
      if (script.css.length) await browser.scripting.insertCSS({ target, files: script.css });
      if (script.js.length)
        await browser.scripting.executeScript({
          target,
          files: script.js,
          world: script.world,
          injectImmediately: script.runAt === 'document_start',
        });
    }
    return true;
  } catch (error) {
    log(error); // a page the browser keeps scripts out of, or a tab closed meanwhile
    return false;
  }
}

export async function siteStatus(url: string): Promise<SiteStatus> {
  const pattern = sitePatternOf(url);
  if (!pattern) return { access: 'unavailable', pattern: null };
  if (isCoveredBy(url, builtInMatches())) return { access: 'supported', pattern };
  const [granted, registered] = await Promise.all([hasPermission(pattern), isRegistered(pattern)]);
  return { access: granted && registered ? 'enabled' : 'available', pattern };
}

/** After the user granted the site's permission: register, and start the overlay in `tabId` now. */
export async function enableSite(url: string, tabId?: number): Promise<SiteStatus & { running: boolean }> {
  const status = await siteStatus(url);
  if (status.access === 'supported' || status.access === 'unavailable' || !status.pattern)
    return { ...status, running: status.access === 'supported' };
  const pattern = status.pattern;
  // Never on a request alone: only the user's grant opens a site (lib/messaging/authorize.ts already refuses it from content scripts; this check holds for any sender).
  if (!(await hasPermission(pattern))) throw new Error(`no host permission for ${pattern}`);
  await serially(() => register(pattern));
  const running = tabId === undefined ? false : await startIn(tabId, pattern);
  return { access: 'enabled', pattern, running };
}

/** Removes the site's registrations and gives its permission back (open tabs keep the panel until reloaded). */
export async function disableSite(url: string): Promise<SiteStatus & { permissionRemoved: boolean }> {
  const status = await siteStatus(url);
  if (status.access === 'supported' || !status.pattern) return { ...status, permissionRemoved: false };
  const pattern = status.pattern;
  await serially(() => unregister([pattern]));
  // A permission the manifest requires cannot be removed; the registration is gone all the same.
  const permissionRemoved = await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  return { access: 'available', pattern, permissionRemoved };
}

/** Granted site patterns that the manifest does not already cover. */
const userSites = (origins: string[]) =>
  origins.filter((origin) => isSitePattern(origin) && !isCoveredBy(sampleUrlOf(origin), builtInMatches()));

/** Registrations = granted sites: after a restart, an update, or a change made while we slept. */
export async function reconcileSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const granted = userSites(origins);
  for (const pattern of granted) await register(pattern);
  const orphans = (await siteRegistrations()).map((r) => r.matches?.[0] ?? '').filter((p) => !granted.includes(p));
  if (orphans.length) await unregister(orphans);
}

/** A grant made anywhere (our popup, the browser's site-access menu): register, start in open tabs. */
async function onGranted(origins: string[]): Promise<void> {
  for (const pattern of userSites(origins)) {
    await serially(() => register(pattern));
    const tabs = await browser.tabs.query({ url: pattern });
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? false : startIn(tab.id, pattern))));
  }
}

/** Call once at service-worker start: listeners first (a grant may be what woke us), then reconcile. */
export function watchSiteAccess(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => void onGranted(origins).catch(log));
  browser.permissions.onRemoved.addListener(({ origins = [] }) => void serially(() => unregister(origins)).catch(log));
  void serially(reconcileSites).catch(log);
}

export const siteAccessHandlers: Pick<Handlers, 'site.status' | 'site.enable' | 'site.disable'> = {
  // After any pending change (the startup reconcile, a grant): the popup must not see a half state.
  'site.status': async ({ url }) => serially(() => siteStatus(url)),
  'site.enable': async ({ url, tabId }) => enableSite(url, tabId),
  'site.disable': async ({ url }) => disableSite(url),
};
