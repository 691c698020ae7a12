/**
 * Storage modules announce writes here; the extension context wires this to whatever carries
 * the news further (a `storage.local` counter that content scripts and the background observe).
 * Kept free of browser APIs so that the storage layer runs under fake-indexeddb in unit tests.
 */
/**
 * What changed, so each listener redoes only its own work: `audit` ("send anyway" records) is not
 * `settings`, whose listeners recompute every SLA clock and reload every tab's tone context.
 */
export type ChangeTopic = 'library' | 'settings' | 'threads' | 'audit' | 'ideas';
type Listener = (topic: ChangeTopic) => void;

const listeners = new Set<Listener>();

export function onStorageChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceChange(topic: ChangeTopic): void {
  for (const listener of listeners) listener(topic);
}
