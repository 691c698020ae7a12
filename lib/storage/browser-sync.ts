import browser from 'webextension-polyfill';
import { isSyncedSettingsItem, type SyncArea } from './sync';

/**
 * The one place that touches `storage.sync`: lib/storage/sync.ts takes the area as a
 * parameter, so it stays testable without the browser.
 */
export const browserSyncArea: SyncArea = {
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
};

/** Runs `listener` when synced settings change (another browser pushed). */
export function watchSyncedSettings(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some(isSyncedSettingsItem)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
