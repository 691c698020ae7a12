import type { ResponseMap } from '../../lib/schema/messages';
import type { SettingsChanges } from '../../lib/schema/settings';
import { loadSettings, saveSettings } from '../../lib/storage/settings';
import { pullSyncedSettings, pushSettings } from '../../lib/storage/sync';
import { browserSyncArea } from '../../lib/storage/browser-sync';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Saves settings for an extension page (the background is the database's only writer), then
 * mirrors them: newer synced values first (another browser may have changed other keys), then
 * ours. A sync problem leaves the local save as it is and is answered, for the page to show.
 */
export async function saveSettingsFor(changes: SettingsChanges): Promise<ResponseMap['settings.save']> {
  const saved = await saveSettings(changes);
  if (!saved.syncEnabled) return { settings: saved, sync: null };
  try {
    const taken = await pullSyncedSettings(browserSyncArea);
    const outcome = await pushSettings(browserSyncArea);
    return { settings: taken.length ? await loadSettings() : saved, sync: outcome };
  } catch (error) {
    return { settings: await loadSettings(), sync: { written: [], problems: [], error: message(error) } };
  }
}

export async function pullSettingsFor(): Promise<ResponseMap['settings.pull']> {
  return { taken: await pullSyncedSettings(browserSyncArea) };
}
