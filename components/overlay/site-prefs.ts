import browser from 'webextension-polyfill';
import type { Offset } from './store';

/** What the panel remembers per site (host name): where the user dragged it, and whether it is collapsed. */
export type SitePrefs = Offset & { collapsed: boolean };

/** Storage is shared with other code and versions: read defensively, without pulling zod into every page. */
function parsePrefs(stored: unknown): SitePrefs {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  return { dx: finite(record.dx), dy: finite(record.dy), collapsed: record.collapsed === true };
}

const keyFor = (host: string) => `trustops.overlay.site.${host}`;

export async function loadSitePrefs(host = location.host): Promise<SitePrefs> {
  try {
    return parsePrefs((await browser.storage.local.get(keyFor(host)))[keyFor(host)]);
  } catch {
    return { dx: 0, dy: 0, collapsed: false };
  }
}

export async function saveSitePrefs(prefs: SitePrefs, host = location.host): Promise<void> {
  try {
    await browser.storage.local.set({ [keyFor(host)]: { dx: Math.round(prefs.dx), dy: Math.round(prefs.dy), collapsed: prefs.collapsed } });
  } catch (error) {
    // An invalidated extension context (extension reloaded): the position is just not kept.
    console.warn('[TrustOps] could not save the panel position', error);
  }
}
