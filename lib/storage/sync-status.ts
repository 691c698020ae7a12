import { z } from 'zod';
import { SYNCED_KEYS, type SyncedKey, type SyncOutcome } from './sync';

/**
 * The last push to `storage.sync` as the dashboard's sync card shows it: when, and whether it was
 * written, kept partly local by a quota, refused with a retry scheduled, or refused for good. Kept
 * in `storage.local` under SYNC_STATUS_KEY, so every context (the background that retries, the
 * options page that shows it) sees the same record and its changes.
 */
export const SYNC_STATUS_KEY = 'trustops.sync.lastOutcome';

const SyncedKeySchema = z.enum(SYNCED_KEYS as [SyncedKey, ...SyncedKey[]]);

export const SyncStatusSchema = z.object({
  /** When the push ended (epoch ms). */
  at: z.number(),
  /** `problems`: written, but the quota kept some keys local; `retry`: refused, retryAt is set; `error`: refused, retries used up. */
  state: z.enum(['ok', 'problems', 'retry', 'error']),
  written: z.array(SyncedKeySchema).max(50),
  problems: z
    .array(z.object({ key: SyncedKeySchema, bytes: z.number().nonnegative(), quota: z.enum(['item', 'total']) }))
    .max(50),
  /** The browser's refusal, as it worded it (e.g. MAX_WRITE_OPERATIONS_PER_MINUTE). */
  error: z.string().max(500).optional(),
  retryAt: z.number().optional(),
  /** Retries scheduled in a row so far (1 = the first retry is pending). */
  retries: z.number().int().nonnegative().optional(),
  maxRetries: z.number().int().nonnegative().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** The part of `browser.storage.local` used here (a parameter, so unit tests pass a fake). */
export interface SyncStatusArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored status, or null when there is none or it does not fit the schema. */
export async function readSyncStatus(area: SyncStatusArea): Promise<SyncStatus | null> {
  return parseSyncStatus((await area.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY]);
}

export function parseSyncStatus(value: unknown): SyncStatus | null {
  const parsed = SyncStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function writeSyncStatus(area: SyncStatusArea, status: SyncStatus): Promise<void> {
  await area.set({ [SYNC_STATUS_KEY]: status });
}

/** A push's outcome as a final status (no retry): ok, kept partly local, or refused. */
export function statusOf(outcome: SyncOutcome, at: number): SyncStatus {
  const state = outcome.error ? 'error' : outcome.problems.length ? 'problems' : 'ok';
  return {
    at,
    state,
    written: outcome.written,
    problems: outcome.problems,
    ...(outcome.error ? { error: outcome.error.slice(0, 500) } : {}),
  };
}
