import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * Opens the dashboard in Russian and waits until the background has created the database and
 * seeded the starter pack, so tests may write records straight into IndexedDB.
 */
async function openDashboard(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#library`);
  await expect(page.getByTestId('pack-item').first()).toBeVisible({ timeout: 15_000 });
  return page;
}

async function openTone(page: Page, tab?: 'Правила' | 'Исключения и журнал') {
  await page.getByRole('link', { name: 'Тон' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Тон общения' })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** Writes records into a store of the extension's database, as the background would. */
async function putRecords(page: Page, store: string, records: unknown[]) {
  await page.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, records },
  );
}

const E2E_PACK = {
  id: 'e2e-tone',
  name: 'E2E: тон',
  updatedAt: '2026-11-20T10:00:00.000Z',
  source: 'local',
  enabled: true,
  rules: [
    { id: 'exact-time', category: 'overpromise', severity: 'warn', message: 'Не обещайте точное время', kind: 'phrase', phrases: ['точно через'], enabled: true },
    { id: 'no-slang', category: 'slang', severity: 'info', message: 'Без жаргона', kind: 'regex', pattern: 'кринж\\w*', flags: 'i', enabled: true },
  ],
};

const ruleRow = (page: Page, id: string) => page.getByTestId('rule-item').filter({ has: page.getByText(id, { exact: true }) });
const tryBox = (page: Page) => page.getByRole('textbox', { name: 'Черновик' });
const tryFindings = (page: Page) => page.getByTestId('try-findings').getByTestId('tone-finding');

test.describe('options · tone · brand profile', () => {
  test('edits the profile with per-line errors; saved and kept after a reload', async ({ context, extensionId }) => {
    const page = await openDashboard(context, extensionId);
    await openTone(page);
    const domains = page.getByRole('textbox', { name: 'Свои домены' });
    await expect(page.getByText('Поддомены разрешены автоматически')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'на «вы»' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Сохранить профиль' })).toBeDisabled();

    await domains.fill('zernoipar.ru\nhttps://www.Shop-Zernoipar.ru/catalog?x=1\nне домен');
    await page.getByRole('radio', { name: 'на «ты»' }).check();
    await expect(page.getByTestId('profile-dirty')).toHaveText('не сохранено');
    await expect(page.getByRole('tab', { name: /Профиль бренда •/ })).toBeVisible();

    // The bad line is named by number, and nothing is saved.
    await page.getByRole('button', { name: 'Сохранить профиль' }).click();
    await expect(page.getByText('Строка 3 («не домен»): это не домен')).toBeVisible();
    await expect(domains).toBeFocused();
    await expect(domains).toHaveAttribute('aria-invalid', 'true');

    await domains.fill('zernoipar.ru\nhttps://www.Shop-Zernoipar.ru/catalog?x=1');
    await page.getByLabel('X', { exact: true }).fill('250');
    await page.getByLabel(/номер карты/).selectOption('warn');
    await page.getByRole('button', { name: 'Сохранить профиль' }).click();
    await expect(page.getByTestId('toast').filter({ hasText: 'Профиль бренда сохранён' })).toBeVisible();
    await expect(page.getByTestId('profile-dirty')).toHaveCount(0);
    // Whole addresses are kept as their domain.
    await expect(domains).toHaveValue('zernoipar.ru\nshop-zernoipar.ru');

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Свои домены' })).toHaveValue('zernoipar.ru\nshop-zernoipar.ru');
    await expect(page.getByRole('radio', { name: 'на «ты»' })).toBeChecked();
    await expect(page.getByLabel('X', { exact: true })).toHaveValue('250');
    await expect(page.getByLabel(/номер карты/)).toHaveValue('warn');
    await expect(page.getByTestId('profile-dirty')).toHaveCount(0);
  });

  test('the try box finds a card number, nothing in a clean draft, and follows the unsaved profile', async ({ context, extensionId }) => {
    const page = await openDashboard(context, extensionId);
    await openTone(page);

    await tryBox(page).fill('карта 4111 1111 1111 1111');
    await expect(tryFindings(page)).toHaveCount(1);
    await expect(tryFindings(page)).toContainText('номер карты');
    await expect(tryFindings(page)).not.toContainText('pii.card');
    await expect(tryFindings(page)).toContainText('блокировать');
    await expect(tryFindings(page).getByTestId('finding-match')).toHaveText('4111 1111 1111 1111');

    await tryBox(page).fill('Здравствуйте! Спасибо, что написали нам, уже проверяем заказ.');
    await expect(page.getByTestId('try-findings')).toContainText('Замечаний нет.');
    await expect(tryFindings(page)).toHaveCount(0);

    // A link to a domain outside the profile is flagged until the domain is added (still unsaved).
    await tryBox(page).fill('Подробности: https://help.zernoipar.ru/dostavka');
    await expect(tryFindings(page).filter({ hasText: 'чужие ссылки' })).toHaveCount(1);
    await page.getByRole('textbox', { name: 'Свои домены' }).fill('zernoipar.ru');
    await expect(tryFindings(page)).toHaveCount(0);
    await expect(page.getByTestId('profile-dirty')).toBeVisible();

    // User text is shown as text: markup in a draft stays characters on the screen.
    await tryBox(page).fill('<img src=x onerror=alert(1)> 4111 1111 1111 1111');
    await expect(tryFindings(page)).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('#root img')).toHaveCount(0);

    await page.getByRole('textbox', { name: 'Свои домены' }).fill('zernoipar.ru\nzerno-shop.ru');
    await page.getByRole('textbox', { name: 'Названия бренда' }).fill('Зерно и Пар');
    await tryBox(page).fill('ТЫ ВООБЩЕ ЧИТАЛ?! Пиши на ivan.petrov@mail.ru, карта 4111 1111 1111 1111. Гарантируем доставку навсегда!');
    await expect(tryFindings(page).filter({ hasText: 'e-mail' })).toHaveCount(1);
    await expect(tryFindings(page).filter({ hasText: 'крик' }).first()).toBeVisible();
    await page.evaluate(() => scrollTo(0, 0)); // the navigation is sticky: keep it at the top of the picture
    await page.screenshot({ path: 'test-results/options-tone.png', fullPage: true });
  });

  test('exports the profile as the JSON `check --profile` reads and imports it back', async ({ context, extensionId }) => {
    const page = await openDashboard(context, extensionId);
    await openTone(page);
    await page.getByRole('textbox', { name: 'Горячие линии' }).fill('8 800 555-01-01');
    const exportButton = page.getByRole('button', { name: 'Экспорт JSON' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe('trustops-profile.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
    expect(exported).toMatchObject({ addressForm: 'vy', hotlines: ['8 800 555-01-01'], limits: { x: 280 } });

    await page.getByRole('button', { name: 'Отменить изменения' }).click();
    await expect(page.getByRole('textbox', { name: 'Горячие линии' })).toHaveValue('');
    const profileCard = page.getByRole('region', { name: /^Профиль бренда/ });
    await profileCard.getByLabel('Импорт JSON').setInputFiles('test/fixtures/tone/zernoipar-profile.json');
    await expect(page.getByRole('textbox', { name: 'Свои домены' })).toHaveValue('zernoipar.ru');
    await expect(page.getByRole('textbox', { name: 'Названия бренда' })).toHaveValue('Зерно и Пар');
    await expect(page.getByTestId('profile-dirty')).toBeVisible();

    await profileCard.getByLabel('Импорт JSON').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ allowedDomains: ['ok.ru', 'nope'] })),
    });
    await expect(page.getByTestId('profile-import-errors')).toContainText('allowedDomains[1]');
  });
});

test.describe('options · tone · rules', () => {
  test('a phrase rule matches word forms in the live test and is saved to the pack', async ({ context, extensionId }) => {
    const page = await openDashboard(context, extensionId);
    await openTone(page, 'Правила');
    await page.getByRole('button', { name: 'Новое правило' }).click();
    const editor = page.getByRole('dialog', { name: /Новое правило/ });

    await editor.getByRole('button', { name: 'Сохранить' }).click();
    await expect(editor.getByText('Заполните поле').first()).toBeVisible();
    await expect(editor.getByText('Нужна хотя бы одна фраза')).toBeVisible();

    await editor.getByLabel('Идентификатор').fill('free-forever');
    await editor.getByLabel('Категория').fill('overpromise');
    await editor.getByLabel('Сообщение').fill('Не обещайте «бесплатно навсегда»');
    await editor.getByRole('textbox', { name: 'Фразы' }).fill('бесплатно навсегда');
    // The engine matches word forms: «бесплатную» is a form of «бесплатно».
    await editor.getByLabel('Проверить на примере').fill('Сделаем доставку бесплатную навсегда, честно.');
    const findings = editor.getByTestId('rule-test-findings');
    await expect(findings.getByTestId('finding-match')).toHaveText('бесплатную навсегда');
    await expect(findings).toContainText('Не обещайте «бесплатно навсегда»');
    await page.screenshot({ path: 'test-results/options-rules.png' });

    // Other words in between are no match.
    await editor.getByLabel('Проверить на примере').fill('бесплатная доставка навсегда');
    await expect(findings).toContainText('Правило здесь ничего не находит.');

    await editor.getByRole('button', { name: 'Сохранить' }).click();
    await expect(editor).toBeHidden();
    await expect(ruleRow(page, 'free-forever')).toContainText('фразы: 1');
    await page.reload();
    await page.getByRole('tab', { name: 'Правила' }).click();
    await expect(ruleRow(page, 'free-forever')).toBeVisible();
  });

  test('a catastrophic regex runs on RE2 and the page stays responsive; a backreference is refused', async ({ context, extensionId }) => {
    const page = await openDashboard(context, extensionId);
    await openTone(page, 'Правила');
    await page.getByRole('button', { name: 'Новое правило' }).click();
    const editor = page.getByRole('dialog', { name: /Новое правило/ });
    await editor.getByRole('radio', { name: 'Регулярное выражение' }).check();

    const pattern = editor.getByLabel('Шаблон', { exact: true });
    await pattern.fill('(a)\\1');
    await expect(editor.getByTestId('pattern-status')).toContainText('backreferences');
    await expect(editor.getByTestId('pattern-status')).toContainText('RE2');
    await editor.getByLabel('Идентификатор').fill('aaa');
    await editor.getByLabel('Категория').fill('custom.aaa');
    await editor.getByLabel('Сообщение').fill('Слишком много «а»');
    await editor.getByRole('button', { name: 'Сохранить' }).click();
    await expect(editor.getByText('Исправьте отмеченные поля.')).toBeVisible();
    await expect(pattern).toBeFocused();
    await expect(editor).toBeVisible();

    // (a+)+$ would backtrack exponentially in a JS RegExp; validateRule accepts it as RE2 runs it linearly.
    await pattern.fill('(a+)+$');
    await expect(editor.getByTestId('pattern-status')).toContainText('линейное время');
    const sample = editor.getByLabel('Проверить на примере');
    await sample.fill(`${'a'.repeat(4000)}!`);
    await expect(editor.getByTestId('rule-test-findings')).toContainText('ничего не находит');
    await sample.fill('baaaa');
    await expect(editor.getByTestId('rule-test-findings').getByTestId('finding-match')).toHaveText('aaaa');

    // Still responsive: the next interactions complete within the normal timeouts.
    await editor.getByLabel('Сообщение').fill('Слишком много «а» подряд');
    await expect(editor.getByLabel('Сообщение')).toHaveValue('Слишком много «а» подряд');
    await editor.getByRole('button', { name: 'Сохранить' }).click();
    await expect(editor).toBeHidden();
    await expect(ruleRow(page, 'aaa')).toContainText('регулярное выражение');
  });

  test('disabling a rule stops it; delete and undo bring it back', async ({ context, extensionId }) => {
    const page = await openDashboard(context, extensionId);
    await putRecords(page, 'packs', [E2E_PACK]);
    await openTone(page);
    await tryBox(page).fill('Курьер будет точно через час, без кринжа.');
    await expect(tryFindings(page).filter({ hasText: 'Не обещайте точное время' })).toHaveCount(1);
    await expect(tryFindings(page).filter({ hasText: 'Без жаргона' })).toHaveCount(1);

    await page.getByRole('tab', { name: 'Правила' }).click();
    await page.getByLabel('Набор', { exact: true }).selectOption('e2e-tone');
    await expect(page.getByTestId('rule-item')).toHaveCount(2);
    const toggle = page.getByRole('switch', { name: 'Правило exact-time включено' });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toggle).not.toBeChecked();

    await page.getByRole('tab', { name: 'Профиль бренда' }).click();
    await expect(tryFindings(page).filter({ hasText: 'Не обещайте точное время' })).toHaveCount(0);
    await expect(tryFindings(page).filter({ hasText: 'Без жаргона' })).toHaveCount(1);

    await page.getByRole('tab', { name: 'Правила' }).click();
    await page.getByRole('button', { name: 'Удалить правило no-slang' }).click();
    await expect(ruleRow(page, 'no-slang')).toHaveCount(0);
    await page.getByTestId('toast').filter({ hasText: 'Правило no-slang удалено' }).getByRole('button', { name: 'Отменить' }).click();
    await expect(ruleRow(page, 'no-slang')).toBeVisible();
    // Back in its place, after exact-time.
    await expect(page.getByTestId('rule-item').nth(1)).toContainText('no-slang');

    await page.reload();
    await page.getByRole('tab', { name: 'Правила' }).click();
    await page.getByLabel('Набор', { exact: true }).selectOption('e2e-tone');
    await expect(page.getByRole('switch', { name: 'Правило exact-time включено' })).not.toBeChecked();
    await expect(ruleRow(page, 'no-slang')).toBeVisible();
  });
});

test.describe('options · tone · exceptions', () => {
  const exception = (i: number) => ({
    key: `overpromise|гарантируем ${i}`,
    ruleId: 'overpromise',
    category: 'overpromise',
    text: `гарантируем ${i}`,
    createdAt: '2026-11-20T10:00:00.000Z',
  });

  test('lists exceptions, removes with undo, exports and imports JSON; shows the send-anyway log', async ({ context, extensionId }) => {
    const page = await openDashboard(context, extensionId);
    await putRecords(page, 'settings', [{ key: 'settings', value: { toneExceptions: [exception(1), exception(2)] } }]);
    await putRecords(page, 'audit', [
      {
        kind: 'send-anyway', at: Date.parse('2026-11-20T10:00:00Z'), threadId: 'vk:club1_42', url: 'https://vk.com/im?sel=-1',
        findings: [{ ruleId: 'pii.card', category: 'pii.card', severity: 'block', excerpt: '4111…' }],
      },
    ]);
    await openTone(page, 'Исключения и журнал');
    const items = page.getByTestId('exception-item');
    await expect(items).toHaveCount(2);

    await page.getByRole('button', { name: 'Убрать исключение «гарантируем 1»' }).click();
    await expect(items).toHaveCount(1);
    await page.getByTestId('toast').filter({ hasText: 'Исключение «гарантируем 1» убрано' }).getByRole('button', { name: 'Отменить' }).click();
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('гарантируем 1');

    const exceptionsCard = page.getByRole('region', { name: 'Исключения', exact: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exceptionsCard.getByRole('button', { name: 'Экспорт JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('trustops-exceptions.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; exceptions: { key: string }[] };
    expect(file.format).toBe('trustops-exceptions');
    expect(file.exceptions.map((e) => e.key)).toEqual([exception(1).key, exception(2).key]);

    await exceptionsCard.getByLabel('Импорт JSON').setInputFiles({
      name: 'team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ exceptions: [exception(2), exception(3)] })),
    });
    await expect(page.getByTestId('toast').filter({ hasText: 'новых 1, уже были 1' })).toBeVisible();
    await expect(items).toHaveCount(3);

    const audit = page.getByTestId('audit-item');
    await expect(audit).toHaveCount(1);
    await expect(audit).toContainText('vk:club1_42');
    await expect(audit).toContainText('https://vk.com/im?sel=-1');
    await expect(audit).toContainText('номер карты');
    await expect(audit).not.toContainText('pii.card');
  });
});
