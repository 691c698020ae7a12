import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { SETTINGS_VERSION } from '../../lib/schema/settings';

/**
 * A settings record from before versions (v1, test/fixtures/settings/v1.json) with one damaged
 * field: the dashboard reads it migrated, names the damaged field in its storage banner, and the
 * next save (made by the background) stores the current version and keeps the damaged value aside.
 */
const v1 = JSON.parse(readFileSync('test/fixtures/settings/v1.json', 'utf8')) as Record<string, unknown>;

/** Runs `work` on the extension's database with the plain IndexedDB API, as a bug or hand edit could. */
function withSettingsStore<T>(page: Page, mode: 'put' | 'get', key: string, value?: unknown): Promise<T> {
  return page.evaluate(
    ({ mode, key, value }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction('settings', mode === 'put' ? 'readwrite' : 'readonly');
          const request = mode === 'put' ? tx.objectStore('settings').put({ key, value }) : tx.objectStore('settings').get(key);
          tx.oncomplete = () => {
            database.close();
            resolve((mode === 'get' ? (request.result as { value?: T } | undefined)?.value : undefined) as T);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { mode, key, value },
  );
}

test('a v1 settings record is migrated, its damaged field named, and kept aside by the next save', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#library`);
  await expect(page.getByTestId('pack-item').first()).toBeVisible({ timeout: 15_000 });
  await withSettingsStore(page, 'put', 'settings', { ...v1, suggestionsCount: 'many' });

  await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  // The v1 values are read (the record migrates on the way in); the damaged one reads as its default.
  await expect(page.getByLabel('Сколько ответов подсказывать')).toHaveValue('5');
  await expect(page.getByRole('switch', { name: 'Открывать панель сама' })).not.toBeChecked();
  const banner = page.getByTestId('skipped-rows');
  await expect(banner).toContainText('settings.suggestionsCount');

  await page.getByLabel('Сколько ответов подсказывать').selectOption('4');
  await expect(page.getByText(/^Сохранено в /)).toBeVisible();
  await expect
    .poll(() => withSettingsStore<Record<string, unknown>>(page, 'get', 'settings'))
    .toMatchObject({ version: SETTINGS_VERSION, suggestionsCount: 4, autoOpenPanel: false, language: 'en' });
  expect(await withSettingsStore(page, 'get', 'settings-repairs')).toEqual([
    expect.objectContaining({ field: 'suggestionsCount', value: 'many', version: 1 }),
  ]);

  // Once saved, the record holds nothing to repair: the section's own read (done once it shows the
  // stored value) notes nothing, so no banner.
  await page.reload();
  await expect(page.getByLabel('Сколько ответов подсказывать')).toHaveValue('4');
  await expect(page.getByTestId('skipped-rows')).toHaveCount(0);
});
