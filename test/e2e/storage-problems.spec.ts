import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * A malformed row in every table of the extension's IndexedDB (written from the options page with
 * the plain IndexedDB API, as any bug or hand edit could): suggestions still come in the overlay,
 * the dashboard renders and names the skipped rows, and the raw data can be downloaded.
 */
const starter = JSON.parse(readFileSync('lib/storage/starter-pack.json', 'utf8')) as {
  id: string;
  name: string;
  replies: { id: string; title: string }[];
};
const deliveryLate = starter.replies.find((r) => r.id === 'delivery-late')!;
const REACT_PAGE = 'pages/generic-react.html';
const CUSTOMER_MESSAGE = 'Здравствуйте! Где мой заказ? Курьер опаздывает уже на час';

/** One bad row per table, with the key the dashboard must name (as JSON). */
const CORRUPT: { table: string; row: Record<string, unknown>; key: string }[] = [
  { table: 'packs', row: { id: 'corrupt-pack', name: 42, updatedAt: 'x' }, key: '"corrupt-pack"' },
  // Ranked for the customer's message if it were read: its body is not text.
  {
    table: 'replies',
    row: { packId: 'starter', id: 'corrupt-reply', title: 'Курьер опаздывает, где заказ', body: 42, updatedAt: 'x', examples: ['курьер опаздывает'] },
    key: '["starter","corrupt-reply"]',
  },
  { table: 'picks', row: { id: 900001, packId: 'starter', replyId: 'delivery-late', text: null, at: 1 }, key: '900001' },
  { table: 'usage', row: { packId: 'starter', replyId: 'greeting', count: -5, lastUsedAt: 'x' }, key: '["starter","greeting"]' },
  { table: 'settings', row: { key: 'settings', value: 'garbage' }, key: '"settings"' },
  { table: 'audit', row: { id: 900002, kind: 'send-anyway', at: 'yesterday', threadId: 't', url: 'u', findings: 'none' }, key: '900002' },
  { table: 'threadIgnores', row: { threadId: 'corrupt-thread', key: 'caps|AAA', at: 'x' }, key: '["corrupt-thread","caps|AAA"]' },
  { table: 'threads', row: { id: 'corrupt-thread', site: 'vk', status: 'lost' }, key: '"corrupt-thread"' },
  {
    table: 'threadEvents',
    row: { threadId: 'corrupt-thread', messageId: 'corrupt-event', at: 'x', direction: 'sideways' },
    key: '["corrupt-thread","corrupt-event"]',
  },
];

async function openDashboard(page: Page, extensionId: string, section = 'library') {
  await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#${section}`);
  // The background seeds the starter pack on install; on a busy machine that can take a while.
  await expect(page.getByTestId('pack-item').filter({ hasText: starter.name })).toBeVisible({ timeout: 15_000 });
}

/** Puts rows straight into the extension's database, bypassing TrustOps entirely. */
async function putRawRows(page: Page, rows: typeof CORRUPT) {
  await page.evaluate(
    (items) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction([...new Set(items.map((i) => i.table))], 'readwrite');
          for (const { table, row } of items) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

test.describe('storage problems', () => {
  test('a corrupt row in each table: suggestions still come, the dashboard renders and names every skipped row', async ({
    context,
    extensionId,
    fixtureUrl,
  }) => {
    const dashboard = await context.newPage();
    await openDashboard(dashboard, extensionId);
    await putRawRows(dashboard, CORRUPT);

    // The overlay: suggestions for the customer's message, without the corrupt reply.
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    await page.getByTestId('composer').click();
    await expect(page.getByTestId('trustops-panel')).toBeVisible();
    // In the page's own DOM (#root): the panel quotes the same message.
    await page.locator('#root').getByText(CUSTOMER_MESSAGE).click({ clickCount: 3 });
    const suggestions = page.getByTestId('trustops-suggestion');
    await expect(suggestions.filter({ hasText: deliveryLate.title })).toHaveCount(1);
    await expect(suggestions.filter({ hasText: 'Курьер опаздывает, где заказ' })).toHaveCount(0);

    // The dashboard: the library as before, and a banner naming each skipped row by table and key.
    await dashboard.reload();
    await expect(dashboard.getByTestId('pack-item').filter({ hasText: starter.name })).toBeVisible({ timeout: 15_000 });
    await expect(dashboard.getByTestId('reply-item')).toHaveCount(starter.replies.length);
    const banner = dashboard.getByTestId('skipped-rows');
    await expect(banner).toBeVisible();
    for (const { table, key } of CORRUPT) await expect(banner.locator(`[data-table="${table}"]`), table).toContainText(key);
    await expect(banner.locator('[data-table="replies"]')).toContainText('1 запись пропущена в «ответы (replies)»');

    // The other sections render too (settings fall back to their defaults).
    for (const [section, heading] of [
      ['tone', 'Тон общения'],
      ['sla', 'SLA: сроки ответа'],
      ['metrics', 'Метрики диалогов'],
      ['settings', 'Настройки'],
    ] as const) {
      await dashboard.goto(`chrome-extension://${extensionId}/options.html?lang=ru#${section}`);
      await expect(dashboard.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      await expect(dashboard.getByTestId('root-error')).toHaveCount(0);
    }
    await expect(dashboard.getByTestId('retention-card')).toBeVisible();
    await expect(dashboard.getByTestId('skipped-rows')).toBeVisible();

    // "Download raw data" saves the database as stored, corrupt rows included.
    const download = dashboard.waitForEvent('download');
    await dashboard.getByTestId('skipped-rows').getByTestId('export-raw').click();
    const file = await (await download).path();
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { format: string; stores: Record<string, { rows: { value: unknown }[] }> };
    expect(raw.format).toBe('trustops-raw-database');
    for (const { table, row } of CORRUPT) expect(raw.stores[table]!.rows.map((r) => r.value), table).toContainEqual(row);
  });

  test('the last write refused for lack of space is shown until dismissed', async ({ context, extensionId }) => {
    const dashboard = await context.newPage();
    await openDashboard(dashboard, extensionId);
    // What the background keeps after a QuotaExceededError (unit-tested in storage-errors.test.ts).
    await dashboard.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
        'trustops.lastStorageError': { name: 'QuotaExceededError', message: 'The quota has been exceeded.', tables: ['picks', 'usage'], at: Date.now() },
      }),
    );
    const banner = dashboard.getByTestId('storage-error');
    await expect(banner).toContainText('QuotaExceededError');
    await expect(banner).toContainText('выборы ответов (picks)');
    await banner.getByRole('button', { name: 'Скрыть' }).click();
    await expect(banner).toHaveCount(0);
    await dashboard.reload();
    await expect(dashboard.getByTestId('pack-item').first()).toBeVisible();
    await expect(dashboard.getByTestId('storage-error')).toHaveCount(0);
  });

  test('retention settings are shown in Settings, validated and kept', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#settings`);
    const card = page.getByTestId('retention-card');
    const picksDays = card.getByLabel('Выбранные ответы, дней');
    await expect(picksDays).toHaveValue('365');
    await expect(card.getByLabel('Выбранные ответы, не больше')).toHaveValue('20000');
    await expect(card.getByLabel('Отвеченные диалоги и их сообщения, дней')).toHaveValue('180');
    await expect(card.getByLabel('Журнал «всё равно отправить», дней')).toHaveValue('365');

    await picksDays.fill('0');
    await expect(card).toContainText('Введите целое число от 1 до 3');
    await picksDays.fill('30');
    await picksDays.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('retention-card').getByLabel('Выбранные ответы, дней')).toHaveValue('30');
  });
});
