import { pushSettings, type SyncArea, type SyncOptions, type SyncOutcome } from './sync';
import { readSyncStatus, statusOf, writeSyncStatus, type SyncStatus, type SyncStatusArea } from './sync-status';

/**
 * Pushes the settings to `storage.sync` after local changes, and retries refused pushes.
 *
 * The browser refuses writes beyond MAX_WRITE_OPERATIONS_PER_MINUTE (and per hour); such a push is
 * retried with growing delays, a bounded number of times. Pushes coalesce: changes while a retry is
 * pending wait for it, and every push reads the settings as stored at that moment, so the latest
 * settings win. Keys over a quota are not retried (only a smaller value fits); the rest is written.
 * Each outcome is recorded in SyncStatus for the dashboard's sync card.
 */

/** Waits between retries: the first one clears the per-minute limit; ~31 minutes in all. */
export const SYNC_RETRY_DELAYS_MS: readonly number[] = [60_000, 2 * 60_000, 4 * 60_000, 8 * 60_000, 16 * 60_000];
/** Changes closer together than this are pushed once (a burst of edits costs one write). */
export const SYNC_DEBOUNCE_MS = 1_500;

/** When to run the next retry; the background backs it with `browser.alarms`, so it outlives the worker. */
export interface RetryTimer {
  schedule(at: number): Promise<void>;
  cancel(): Promise<void>;
}

export interface SyncPusherOptions extends SyncOptions {
  area: SyncArea;
  status: SyncStatusArea;
  timer: RetryTimer;
  delaysMs?: readonly number[];
  debounceMs?: number;
}

export interface SyncPusher {
  /** A local change: push soon, unless a retry is pending (it will carry this change). */
  request(): void;
  /** The retry timer fired. */
  retry(): Promise<void>;
  /** On (re)start: re-arm a pending retry, or run it when its time passed while nobody listened. */
  resume(): Promise<void>;
  /** Runs a requested push now instead of after the debounce (tests, shutdown). */
  flush(): Promise<void>;
}

type Reason = 'change' | 'retry';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createSyncPusher(options: SyncPusherOptions): SyncPusher {
  const { area, status, timer, delaysMs = SYNC_RETRY_DELAYS_MS, debounceMs = SYNC_DEBOUNCE_MS } = options;
  const now = options.now ?? Date.now;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let queued: Reason | null = null;

  /** One push at a time; requests meanwhile collapse into one more run (a retry outranks a change). */
  function run(reason: Reason): Promise<void> {
    if (running) {
      queued = queued === 'retry' || reason === 'retry' ? 'retry' : 'change';
      return running;
    }
    running = (async () => {
      let next: Reason | null = reason;
      while (next) {
        queued = null;
        await attempt(next).catch((error) => console.warn('[TrustOps] sync push failed', error));
        next = queued;
      }
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function attempt(reason: Reason): Promise<void> {
    const previous = await readSyncStatus(status).catch(() => null);
    const pending = previous?.state === 'retry' ? previous : null;
    // A retry is on its way: it reads the settings when it runs, so this change is not lost.
    if (reason === 'change' && pending?.retryAt !== undefined && pending.retryAt > now()) return;

    let outcome: SyncOutcome | null;
    try {
      outcome = await pushSettings(area, { database: options.database, now });
    } catch (error) {
      outcome = { written: [], problems: [], error: message(error) };
    }
    const at = now();
    if (!outcome) {
      // Sync is off: nothing to retry.
      if (pending) await timer.cancel();
      return;
    }
    if (!outcome.error) {
      if (pending) await timer.cancel();
      return writeSyncStatus(status, statusOf(outcome, at));
    }
    const retries = (pending?.retries ?? 0) + 1;
    if (retries > delaysMs.length) {
      // Bounded: give up until the next change, and say so.
      await timer.cancel();
      return writeSyncStatus(status, { ...statusOf(outcome, at), retries: retries - 1, maxRetries: delaysMs.length });
    }
    const retryAt = at + delaysMs[retries - 1]!;
    const next: SyncStatus = { ...statusOf(outcome, at), state: 'retry', retryAt, retries, maxRetries: delaysMs.length };
    await writeSyncStatus(status, next);
    await timer.schedule(retryAt);
  }

  return {
    request() {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        debounce = undefined;
        void run('change');
      }, debounceMs);
    },
    retry: () => run('retry'),
    async resume() {
      const previous = await readSyncStatus(status).catch(() => null);
      if (previous?.state !== 'retry' || previous.retryAt === undefined) return;
      if (previous.retryAt <= now()) await run('retry');
      else await timer.schedule(previous.retryAt);
    },
    flush() {
      if (debounce === undefined) return running ?? Promise.resolve();
      clearTimeout(debounce);
      debounce = undefined;
      return run('change');
    },
  };
}
