import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** The Settings section in Russian, once the background has created the database. */
async function openSettings(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#library`);
  await expect(page.getByTestId('pack-item').first()).toBeVisible({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Настройки' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  return page;
}

/** Replaces the stored settings record, as another context of the extension would write it. */
async function putSettings(page: Page, value: Record<string, unknown>) {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'settings', value });
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

/** What the extension stored in `storage.sync` (read in the page, where `chrome` exists). */
function readSync(page: Page): Promise<Record<string, unknown>> {
  type SyncApi = { storage: { sync: { get: (keys: null) => Promise<Record<string, unknown>> } } };
  return page.evaluate(() => (globalThis as unknown as { chrome: SyncApi }).chrome.storage.sync.get(null));
}

const route = (page: Page, name: string) => page.getByTestId('route-item').filter({ hasText: name });

test.describe('options · settings', () => {
  test('changes are saved at once and survive a browser restart', async ({ context, extensionId, restart }) => {
    const page = await openSettings(context, extensionId);
    const autoOpen = page.getByRole('switch', { name: 'Открывать панель сама' });
    await expect(autoOpen).toBeChecked();
    await autoOpen.click();
    await expect(autoOpen).not.toBeChecked();
    await page.getByLabel('Сколько ответов подсказывать').selectOption('3');
    await page.getByRole('switch', { name: 'Срок ответа нарушен' }).click();
    await expect(page.getByText(/^Сохранено в /)).toBeVisible();

    // Routes: add, edit, delete with undo, delete for good.
    await page.getByRole('button', { name: 'Добавить' }).click();
    const add = page.getByRole('dialog', { name: 'Новый маршрут' });
    await add.getByRole('button', { name: 'Сохранить' }).click();
    await expect(add.getByText('Введите название')).toBeVisible();
    await add.getByLabel('Название').fill('Дежурный юрист');
    await add.getByLabel('Контакт').fill('@legal_duty');
    await add.getByLabel('Контакт').press('Enter');
    await expect(route(page, 'Дежурный юрист')).toContainText('@legal_duty');

    await page.getByRole('button', { name: 'Изменить маршрут «Старший смены»' }).click();
    const edit = page.getByRole('dialog', { name: 'Изменить маршрут' });
    await edit.getByLabel('Контакт').fill('+7 900 000-00-00');
    await edit.getByRole('button', { name: 'Сохранить' }).click();
    await expect(route(page, 'Старший смены')).toContainText('+7 900 000-00-00');

    await page.getByRole('button', { name: 'Удалить маршрут «Юристы»' }).click();
    await expect(route(page, 'Юристы')).toHaveCount(0);
    await page.getByTestId('toast').filter({ hasText: 'Маршрут «Юристы» удалён' }).getByRole('button', { name: 'Отменить' }).click();
    await expect(route(page, 'Юристы')).toBeVisible();
    await page.getByRole('button', { name: 'Удалить маршрут «PR / кризисная группа»' }).click();
    // Undo put «Юристы» back in its place.
    await expect(page.getByTestId('route-item')).toHaveText([/Старший смены/, /Юристы/, /Дежурный юрист/]);

    const next = await restart();
    const again = await openSettings(next, extensionId);
    await expect(again.getByRole('switch', { name: 'Открывать панель сама' })).not.toBeChecked();
    await expect(again.getByLabel('Сколько ответов подсказывать')).toHaveValue('3');
    await expect(again.getByRole('switch', { name: 'Срок ответа нарушен' })).not.toBeChecked();
    await expect(again.getByRole('switch', { name: 'Срок ответа подходит' })).toBeChecked();
    await expect(again.getByTestId('route-item')).toHaveText([/Старший смены.*\+7 900 000-00-00/, /Юристы/, /Дежурный юрист.*@legal_duty/]);
  });

  test('the interface language follows the setting', async ({ context, extensionId }) => {
    const page = await openSettings(context, extensionId);
    await page.getByLabel('Язык интерфейса').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByLabel('Interface language')).toHaveValue('en');
    await expect(page).toHaveURL(/[?&]lang=en/);
    await expect(page.getByRole('link', { name: 'Tone' })).toBeVisible();

    await page.getByLabel('Interface language').selectOption('ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
    await expect(page.getByLabel('Язык интерфейса')).toHaveValue('ru');
  });

  test('sync mirrors to storage.sync; an oversized exception list is named and stays local', async ({ context, extensionId }) => {
    const page = await openSettings(context, extensionId);
    const exceptions = Array.from({ length: 80 }, (_, i) => ({
      key: `overpromise|гарантируем результат номер ${i}`,
      ruleId: 'overpromise',
      category: 'overpromise',
      text: `гарантируем результат номер ${i}`,
      createdAt: '2026-11-20T10:00:00.000Z',
    }));
    await putSettings(page, { suggestionsCount: 4, toneExceptions: exceptions });
    await page.reload();

    await page.getByRole('switch', { name: 'Синхронизировать настройки между браузерами' }).click();
    const problems = page.getByTestId('sync-problems');
    await expect(problems).toContainText('Список исключений');
    await expect(problems).toContainText('8 КБ');
    await expect(problems).toContainText('сохранены полностью');
    await expect(problems.getByTestId('sync-last-attempt')).toContainText(/^Последняя попытка: \d{1,2}:\d{2}:\d{2}\.$/);
    // The same reason as a toast, for saves made in other sections; closed for a clean screenshot.
    const toast = page.getByTestId('toast').filter({ hasText: 'Сохранено, но не синхронизировано' });
    await toast.getByRole('button', { name: 'Закрыть уведомление' }).click();
    await page.screenshot({ path: 'test-results/options-settings.png', fullPage: true });

    const synced = await readSync(page);
    expect(synced['trustops.settings.suggestionsCount']).toMatchObject({ value: 4 });
    expect(synced['trustops.settings.toneExceptions']).toBeUndefined();
    expect(synced['trustops.settings.syncEnabled']).toBeUndefined();

    // The local list is intact.
    await page.getByRole('link', { name: 'Тон' }).click();
    await page.getByRole('tab', { name: 'Исключения и журнал' }).click();
    await expect(page.getByTestId('exception-item')).toHaveCount(80);

    // A small change is mirrored on save.
    await page.getByRole('link', { name: 'Настройки' }).click();
    await page.getByLabel('Сколько ответов подсказывать').selectOption('6');
    await expect.poll(async () => (await readSync(page))['trustops.settings.suggestionsCount']).toMatchObject({ value: 6 });

    // Past the browser's write-rate limit a push is refused: the card says why and when it retries.
    await page.evaluate(async () => {
      type SetApi = { storage: { sync: { set: (items: Record<string, unknown>) => Promise<void> } } };
      const { sync } = (globalThis as unknown as { chrome: SetApi }).chrome.storage;
      for (let i = 0; i < 200; i++) {
        try {
          await sync.set({ 'e2e.filler': i });
        } catch {
          return;
        }
      }
    });
    await page.getByLabel('Сколько ответов подсказывать').selectOption('7');
    await expect(page.getByTestId('sync-retry')).toContainText(/^Повторим в \d{1,2}:\d{2}:\d{2} \(попытка 1 из 5\)/);
    await expect(problems).toContainText('слишком много записей за минуту');
    expect((await readSync(page))['trustops.settings.suggestionsCount']).toMatchObject({ value: 6 });
  });
});
