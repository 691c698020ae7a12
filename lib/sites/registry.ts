import type { Platform } from '../schema/pack';
import { isPlatform } from '../schema/platforms';
import type { ThreadSnapshot } from '../schema/thread';
import { isThreadSnapshot } from './snapshot-check';
import type { SiteAdapter } from './adapter';
import { SITE_CATALOG, type SiteId } from './catalog';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import type { RegisteredAdapter } from './shared/site-adapter';
import { telegramAdapter } from './telegram';
import { vkAdapter } from './vk';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export type AdapterHealth = 'ok' | 'markup-not-recognised';

/**
 * Each catalog site's adapter (lib/sites/catalog.ts); the type makes a catalog row without its
 * adapter a compile error. The generic adapter is the fallback, never listed.
 */
const ADAPTER_OF = {
  vk: vkAdapter,
  telegram: telegramAdapter,
  x: xAdapter,
  instagram: instagramAdapter,
  facebook: facebookAdapter,
  youtube: youtubeAdapter,
  linkedin: linkedinAdapter,
  mastodon: mastodonAdapter,
} as const satisfies Record<SiteId, RegisteredAdapter>;

/** Site adapters in the order they are asked: the catalog's order. */
export const SITE_ADAPTERS: readonly RegisteredAdapter[] = SITE_CATALOG.flatMap(
  (row) => (ADAPTER_OF as Readonly<Record<string, RegisteredAdapter | undefined>>)[row.id] ?? [],
);

export { genericAdapter };

/** Runs an adapter call; a throwing selector or a page in mid-render yields the fallback. */
function attempt<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

/**
 * The adapter for this page: a site adapter whose URL match (or markup detection) holds and whose
 * health check recognises the markup. A supported site with unrecognised markup degrades to the
 * generic adapter with health 'markup-not-recognised', so the panel can say so and keep working.
 */
export function pickAdapter(url: URL, doc: Document): { adapter: SiteAdapter; health: AdapterHealth } {
  let claimedButUnrecognised = false;
  for (const adapter of SITE_ADAPTERS) {
    const claims = attempt(() => adapter.matches(url), false) || attempt(() => adapter.detect?.(doc) ?? false, false);
    if (!claims) continue;
    if (attempt(() => adapter.recognises(doc, url), false)) return { adapter, health: 'ok' };
    claimedButUnrecognised = true;
  }
  return { adapter: genericAdapter, health: claimedButUnrecognised ? 'markup-not-recognised' : 'ok' };
}

/** The platform id packs and rules use (`PlatformSchema`); unknown adapters count as generic. */
export function platformOf(adapterId: string): Platform {
  return isPlatform(adapterId) ? adapterId : 'generic';
}

/** The adapter's snapshot, or null when it throws or returns something malformed. */
export function safeThread(adapter: SiteAdapter, doc: Document, url: URL): ThreadSnapshot | null {
  const snapshot = attempt(() => adapter.thread(doc, url), null);
  if (!snapshot) return null;
  return isThreadSnapshot(snapshot) ? snapshot : null;
}

/** One reading of the page for the panel: the adapter that read it, its health and the thread it saw. */
export interface PageReading {
  adapterId: string;
  health: AdapterHealth;
  snapshot: ThreadSnapshot | null;
}

/**
 * Reads the thread with the picked adapter. When no snapshot can be taken — the adapter throws
 * (changed markup, markup nested too deep, a DOM that throws) or returns something malformed —
 * the page is read in generic mode with health 'markup-not-recognised', so the panel says so and
 * keeps working. A null from the adapter is no failure: the page simply shows no thread.
 */
export function readPage(adapter: SiteAdapter, health: AdapterHealth, doc: Document, url: URL): PageReading {
  let snapshot: unknown;
  try {
    snapshot = adapter.thread(doc, url);
  } catch {
    snapshot = undefined;
  }
  if (snapshot === null) return { adapterId: adapter.id, health, snapshot: null };
  if (isThreadSnapshot(snapshot)) return { adapterId: adapter.id, health, snapshot };
  const generic = adapter.id === genericAdapter.id ? null : safeThread(genericAdapter, doc, url);
  return { adapterId: genericAdapter.id, health: 'markup-not-recognised', snapshot: generic };
}

/** The adapter's composer; when the adapter throws, whatever box the generic adapter finds. */
export function safeComposer(adapter: SiteAdapter, doc: Document): HTMLElement | null {
  try {
    return adapter.composer(doc);
  } catch {
    return attempt(() => genericAdapter.composer(doc), null);
  }
}
