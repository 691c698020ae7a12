import type { BrowserContext, Page } from '@playwright/test';

type Chrome = {
  runtime: { sendMessage(message: object): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void> } };
};

/**
 * Merges `patch` into the stored settings record (raw IndexedDB, so a test can set what the
 * dashboard would) from an extension page, then announces the change as the background does.
 */
export async function mergeSettings(page: Page, patch: object): Promise<void> {
  // The background has opened (and upgraded) the database before the page writes to it.
  await page.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), { type: 'thread.get', threadId: 'none' });
  await page.evaluate(
    (patch) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const read = store.get('settings');
          read.onsuccess = () => store.put({ key: 'settings', value: { ...(read.result?.value ?? {}), ...patch } });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    patch,
  );
  await page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ 'trustops.changed.settings': Date.now() }));
}

/** `mergeSettings` from a dashboard page opened for it. */
export async function writeSettings(context: BrowserContext, extensionId: string, patch: object): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await mergeSettings(page, patch);
  await page.close();
}
