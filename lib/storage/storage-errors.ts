import { z } from 'zod';

/**
 * Writes the browser refused for lack of space (`QuotaExceededError`): before, they reached only
 * the console. The row guard reports them here from any context (background or dashboard); the
 * extension keeps the last one in `storage.local` under STORAGE_ERROR_KEY, where the dashboard
 * reads it and shows a banner until the user dismisses it.
 */
export const STORAGE_ERROR_KEY = 'trustops.lastStorageError';

export const StorageErrorSchema = z.object({
  name: z.string().max(100),
  message: z.string().max(1000),
  /** Tables the failed write touched, e.g. ["picks","usage"]. */
  tables: z.array(z.string().max(100)).max(20),
  at: z.number(),
});
export type StorageError = z.infer<typeof StorageErrorSchema>;

/** The part of `browser.storage.local` used here (a parameter, so unit tests pass a fake). */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

type Listener = (error: StorageError) => void;
const listeners = new Set<Listener>();

/** The DOMException behind a Dexie error (Dexie wraps it in `inner`), when it is a quota error. */
export function quotaErrorOf(error: unknown): { name: string; message: string } | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, message, code } = e as { name?: unknown; message?: unknown; code?: unknown };
    if (name === 'QuotaExceededError' || code === 22) return { name: 'QuotaExceededError', message: String(message ?? '') };
    e = (e as { inner?: unknown }).inner;
  }
  return undefined;
}

export function reportStorageError(error: StorageError): void {
  console.error(`[TrustOps] the browser refused to store data in ${error.tables.join(', ')}: ${error.name}: ${error.message}`);
  for (const listener of listeners) listener(error);
}

export function watchStorageErrors(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Keeps each reported error as the last one in `area` (the background and the dashboard call this). */
export function persistStorageErrors(area: LocalArea): () => void {
  return watchStorageErrors((error) => void area.set({ [STORAGE_ERROR_KEY]: error }).catch(() => {}));
}

export async function readLastStorageError(area: LocalArea): Promise<StorageError | undefined> {
  const parsed = StorageErrorSchema.safeParse((await area.get(STORAGE_ERROR_KEY))[STORAGE_ERROR_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function clearLastStorageError(area: LocalArea): Promise<void> {
  await area.remove(STORAGE_ERROR_KEY);
}
