import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ThreadReading } from './thread-actions';
import type { SiteAdapter } from '../../../lib/sites/adapter';
import { findThreadContainer } from '../../../lib/sites/page-hints';
import { genericAdapter, pickAdapter, readPage, type AdapterHealth } from '../../../lib/sites/registry';
import { watchNavigation } from './navigation-watch';
import { createSwapGuard } from './swap-guard';

/** At most one adapter read per this interval, however busy the page is. */
const READ_INTERVAL_MS = 250;
/** A read waits for idle time, but no longer than this. */
const IDLE_TIMEOUT_MS = 200;
/** A reading that looks like a half-swapped page is taken only if a second read this much later agrees (swap-guard.ts). */
const CONFIRM_MS = 300;

interface Picked {
  adapter: SiteAdapter;
  health: AdapterHealth;
}

export interface ThreadWatcher {
  /** The adapter reading the page now. */
  adapter(): SiteAdapter;
  /** Something happened that may have changed the page (a composer got focus): look again soon. */
  refresh(): void;
}

function safePick(): Picked {
  try {
    return pickAdapter(new URL(location.href), document);
  } catch {
    return { adapter: genericAdapter, health: 'ok' };
  }
}

/**
 * Reads the open thread with its site adapter and publishes each reading: at start, after every
 * SPA navigation (the adapter is picked again) and when the thread's container changes. One
 * MutationObserver watches that container (never the whole page when a narrower one is known);
 * bursts of mutations cost one read per READ_INTERVAL_MS, done in idle time. Mutations inside
 * `isOwnNode` (the composer being typed in) are not a reason to read.
 */
export function watchThread(
  ctx: ContentScriptContext,
  isOwnNode: (node: Node) => boolean,
  publish: (reading: ThreadReading) => void,
): ThreadWatcher {
  let picked = safePick();
  let observed: Element | null = null;
  let lastReadAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const guard = createSwapGuard();

  const observer = new MutationObserver((records) => {
    if (records.every((record) => isOwnNode(record.target))) return;
    schedule();
  });

  /** Observes the adapter's thread container (generic pages have no thread to watch); true when it changed. */
  function observe(): boolean {
    const container = picked.adapter === genericAdapter ? null : (findThreadContainer(document, picked.adapter.id) ?? document.body);
    if (container === observed) return false;
    observer.disconnect();
    observed = container;
    if (container) observer.observe(container, { childList: true, subtree: true, characterData: true });
    return true;
  }

  function cancel(): void {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    timer = idle = undefined;
  }

  function schedule(delay = Math.max(0, lastReadAt + READ_INTERVAL_MS - Date.now())): void {
    if (timer !== undefined || idle !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      idle = requestIdleCallback(() => {
        idle = undefined;
        read();
      }, { timeout: IDLE_TIMEOUT_MS });
    }, delay);
  }

  function read(): void {
    lastReadAt = Date.now();
    try {
      const url = new URL(location.href);
      // A snapshot that cannot be taken reads as generic mode with the "markup not recognised" notice.
      const reading = readPage(picked.adapter, picked.health, document, url);
      const verdict = guard(reading.snapshot);
      if ('confirmLater' in verdict) return schedule(CONFIRM_MS);
      publish({ ...reading, snapshot: verdict.publish, url });
    } catch (error) {
      // Reading is best effort: the page must never notice a failure here.
      console.warn('[TrustOps] could not read the thread', error);
    }
  }

  /** Picks the adapter again; true when the result differs (another site mode, or the markup came). */
  function repick(): boolean {
    const next = safePick();
    const changed = next.adapter !== picked.adapter || next.health !== picked.health;
    picked = next;
    observe();
    return changed;
  }

  watchNavigation(
    ctx,
    () => {
      repick();
      cancel();
      // Let the site render the new thread first; mutations meanwhile do not make it sooner.
      schedule(READ_INTERVAL_MS);
    },
    () => {
      // Markup that appears late (a slow SPA, Mastodon on any host) and containers the site replaced.
      // Generic pages have no container to observe: a cheap read each tick sees a new customer message.
      if (picked.adapter === genericAdapter || picked.health !== 'ok') {
        if (repick() || picked.adapter === genericAdapter) schedule();
      } else if ((!observed?.isConnected || observed === document.body) && observe()) schedule();
    },
  );
  ctx.onInvalidated(() => {
    cancel();
    observer.disconnect();
  });

  observe();
  schedule(0);

  return {
    adapter: () => picked.adapter,
    refresh() {
      if (picked.adapter === genericAdapter || picked.health !== 'ok') repick();
      schedule();
    },
  };
}
