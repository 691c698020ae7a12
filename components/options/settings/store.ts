import { useEffect } from 'react';
import { create } from 'zustand';
import { request } from '../../../lib/messaging/client';
import { DEFAULT_SETTINGS, type Settings, type SettingsChanges } from '../../../lib/schema/settings';
import { watchChanges } from '../../../lib/storage/broadcast';
import { loadSettings } from '../../../lib/storage/settings';
import type { SyncOutcome } from '../../../lib/storage/sync';
import { t } from '../i18n';
import { showToast } from '../ui/toast-store';
import { watchSyncedSettings } from '../../../lib/storage/browser-sync';
import { syncProblemText } from './sync-messages';
import { lockedRefusalText } from '../ui/managed-texts';

interface SettingsState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  settings: Settings;
  /** The last mirror to `storage.sync`; null while sync is off or not tried yet. */
  sync: (SyncOutcome & { at: number }) | null;
  savedAt: number | null;
  refresh: () => Promise<void>;
  /** Saves `changes(current)` computed from the freshly stored settings, then mirrors to sync. */
  update: (changes: (current: Settings) => SettingsChanges) => Promise<Settings | null>;
  save: (changes: SettingsChanges) => Promise<Settings | null>;
  pull: () => Promise<void>;
}

// Saves run one after another: each reads the stored settings, so none overwrites another.
let chain: Promise<unknown> = Promise.resolve();
const serially = <T>(work: () => Promise<T>): Promise<T> => {
  const run = chain.then(work, work);
  chain = run.catch(() => {});
  return run;
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The settings both the Tone and the Settings sections edit (one copy, one save path). */
export const useSettingsStore = create<SettingsState>((set, get) => ({
  status: 'loading',
  settings: DEFAULT_SETTINGS,
  sync: null,
  savedAt: null,

  refresh: async () => {
    try {
      set({ status: 'ready', error: undefined, settings: await loadSettings() });
    } catch (error) {
      set({ status: 'error', error: message(error) });
    }
  },

  update: (changes) =>
    serially(async () => {
      try {
        // The background writes (it is the database's only writer) and mirrors to storage.sync.
        const { settings, sync } = await request({ type: 'settings.save', changes: changes(await loadSettings()) });
        // Its sync keys are lib/storage/sync.ts SyncedKeys; the message restates the type without them.
        const outcome = sync as SyncOutcome | null;
        set({ status: 'ready', settings, savedAt: Date.now(), sync: outcome && { ...outcome, at: Date.now() } });
        const problem = outcome?.problems[0];
        if (problem) showToast({ message: t('savedNotSynced', { reason: syncProblemText(problem) }) });
        return get().settings;
      } catch (error) {
        showToast({ message: lockedRefusalText(message(error)) ?? t('actionFailed', { error: message(error) }) });
        return null;
      }
    }),

  save: (changes) => get().update(() => changes),

  pull: () =>
    serially(async () => {
      if (!get().settings.syncEnabled) return;
      try {
        if ((await request({ type: 'settings.pull' })).taken.length) set({ settings: await loadSettings() });
      } catch (error) {
        set({ sync: { written: [], problems: [], error: message(error), at: Date.now() } });
      }
    }),
}));

/** Loads the settings and keeps them current while a section that shows them is open. */
export function useLiveSettings(): void {
  useEffect(() => {
    const { refresh, pull } = useSettingsStore.getState();
    void refresh().then(pull);
    const stopLocal = watchChanges((topic) => {
      if (topic === 'settings') void useSettingsStore.getState().refresh();
    });
    const stopSync = watchSyncedSettings(() => void useSettingsStore.getState().pull());
    return () => {
      stopLocal();
      stopSync();
    };
  }, []);
}
