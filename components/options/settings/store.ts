import { useEffect } from 'react';
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/schema/settings';
import { watchChanges } from '../../../lib/storage/broadcast';
import { loadSettings, saveSettings } from '../../../lib/storage/settings';
import { pullSyncedSettings, pushSettings, type SyncOutcome } from '../../../lib/storage/sync';
import { t } from '../i18n';
import { showToast } from '../ui/toast-store';
import { browserSyncArea, watchSyncedSettings } from '../../../lib/storage/browser-sync';
import { syncProblemText } from './sync-messages';

interface SettingsState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  settings: Settings;
  /** The last mirror to `storage.sync`; null while sync is off or not tried yet. */
  sync: (SyncOutcome & { at: number }) | null;
  savedAt: number | null;
  refresh: () => Promise<void>;
  /** Saves `changes(current)` computed from the freshly stored settings, then mirrors to sync. */
  update: (changes: (current: Settings) => Partial<Settings>) => Promise<Settings | null>;
  save: (changes: Partial<Settings>) => Promise<Settings | null>;
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
        const next = await saveSettings(changes(await loadSettings()));
        set({ status: 'ready', settings: next, savedAt: Date.now() });
        await mirror(next, set);
        return get().settings;
      } catch (error) {
        showToast({ message: t('actionFailed', { error: message(error) }) });
        return null;
      }
    }),

  save: (changes) => get().update(() => changes),

  pull: () =>
    serially(async () => {
      if (!get().settings.syncEnabled) return;
      try {
        if ((await pullSyncedSettings(browserSyncArea)).length) set({ settings: await loadSettings() });
      } catch (error) {
        set({ sync: { written: [], problems: [], error: message(error), at: Date.now() } });
      }
    }),
}));

/**
 * After a save: take newer synced values first (another browser may have changed other keys),
 * then push ours. A quota problem leaves the local settings as saved and is reported.
 */
async function mirror(saved: Settings, set: (state: Partial<SettingsState>) => void): Promise<void> {
  if (!saved.syncEnabled) return set({ sync: null });
  try {
    if ((await pullSyncedSettings(browserSyncArea)).length) set({ settings: await loadSettings() });
    const outcome = await pushSettings(browserSyncArea);
    set({ sync: outcome && { ...outcome, at: Date.now() } });
    const problem = outcome?.problems[0];
    if (problem) showToast({ message: t('savedNotSynced', { reason: syncProblemText(problem) }) });
  } catch (error) {
    set({ sync: { written: [], problems: [], error: message(error), at: Date.now() } });
  }
}

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
