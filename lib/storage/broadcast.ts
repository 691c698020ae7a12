import browser from 'webextension-polyfill';
import { onStorageChange, type ChangeTopic } from './changes';

/**
 * Database writes happen in the background; the other contexts (content scripts, extension
 * pages) learn of them through a counter per topic in `storage.local`, whose onChanged event
 * reaches every context, content scripts included.
 */
export const CHANGE_KEYS: Record<ChangeTopic, string> = {
  library: 'trustops.changed.library',
  settings: 'trustops.changed.settings',
  threads: 'trustops.changed.threads',
  audit: 'trustops.changed.audit',
  ideas: 'trustops.changed.ideas',
};

/** Call once in the context that writes to the database (the background). */
export function wireChangeBroadcast(): void {
  onStorageChange((topic) => {
    void browser.storage.local.set({ [CHANGE_KEYS[topic]]: Date.now() + Math.random() });
  });
}

/** Runs `listener` whenever any context announces a change of a topic. */
export function watchChanges(listener: (topic: ChangeTopic) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    for (const [topic, key] of Object.entries(CHANGE_KEYS) as [ChangeTopic, string][])
      if (key in changes) listener(topic);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
