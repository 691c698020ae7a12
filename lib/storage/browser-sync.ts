import browser from 'webextension-polyfill';
import { isSyncedSettingsItem, type SyncArea } from './sync';
import type { RetryTimer } from './sync-retry';
import { parseSyncStatus, SYNC_STATUS_KEY, type SyncStatus, type SyncStatusArea } from './sync-status';

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

/** Where the last sync outcome is kept (lib/storage/sync-status.ts): `storage.local`, seen by every context. */
export const browserSyncStatusArea: SyncStatusArea = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
};

/** Runs `listener` with the last sync outcome whenever it changes (null when cleared or unreadable). */
export function watchSyncStatus(listener: (status: SyncStatus | null) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SYNC_STATUS_KEY in changes) listener(parseSyncStatus(changes[SYNC_STATUS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

const RETRY_ALARM = 'trustops-sync-retry';

/** Retries of refused pushes run on an alarm: a timer would die with the service worker. */
export const syncRetryAlarm: RetryTimer = {
  schedule: async (at) => {
    await browser.alarms.create(RETRY_ALARM, { when: at });
  },
  cancel: async () => {
    await browser.alarms.clear(RETRY_ALARM);
  },
};

/** Runs `onDue` when the retry alarm fires (awaited, so the worker stays up for the push). */
export function watchSyncRetryAlarm(onDue: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === RETRY_ALARM) await onDue();
  });
}
