import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** The dashboard's SLA policy editor and metrics, in Russian. */

const MIN = 60_000;

type Chrome = { runtime: { sendMessage(message: object): Promise<{ ok: boolean; data?: unknown; error?: string }> } };

async function send<T = unknown>(page: Page, message: object): Promise<T> {
  const reply = await page.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), message);
  if (!reply?.ok) throw new Error(`request ${JSON.stringify(message)} failed: ${reply?.error}`);
  return reply.data as T;
}

async function openSection(context: BrowserContext, extensionId: string, section: 'sla' | 'metrics'): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#${section}`);
  return page;
}

/**
 * The whole page in one picture. A taller window rather than `fullPage`: that would paint the sticky
 * save bar over the middle of the form. A copy goes to /tmp/sla-shots (other runs empty test-results).
 */
async function screenshot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  await page.screenshot({ path: `test-results/${name}` });
  await page.setViewportSize({ width: 1280, height: 900 });
  mkdirSync('/tmp/sla-shots', { recursive: true });
  copyFileSync(`test-results/${name}`, `/tmp/sla-shots/${name}`);
}

const monday = (page: Page) => page.getByTestId('sla-day-mon');
const holidays = (page: Page) => page.getByTestId('sla-holidays');
const saveButton = (page: Page) => page.getByRole('button', { name: 'Сохранить', exact: true });

test.describe('options · SLA policy', () => {
  test('a lunch break and a holiday are saved, kept after a reload and exported for the CLI', async ({ context, extensionId }) => {
    const page = await openSection(context, extensionId, 'sla');
    await expect(page.getByRole('heading', { level: 1, name: 'SLA: сроки ответа' })).toBeVisible();
    // The default policy: Moscow office hours and the Russian production calendar.
    await expect(page.getByLabel('Часовой пояс', { exact: true })).toHaveValue('Europe/Moscow');
    await expect(page.getByLabel('Понедельник: конец интервала 1')).toHaveValue('18:00');
    await expect(holidays(page).locator('[data-date="2026-11-04"]')).toBeVisible();
    await expect(page.getByTestId('sla-day-sat')).toContainText('Выходной');

    // Lunch break: the morning ends at 13:00, the added interval starts an hour later and runs to 18:00.
    await page.getByLabel('Понедельник: конец интервала 1').fill('13:00');
    await page.getByRole('button', { name: 'Понедельник: добавить интервал' }).click();
    await expect(page.getByLabel('Понедельник: начало интервала 2')).toHaveValue('14:00');
    await expect(page.getByLabel('Понедельник: конец интервала 2')).toHaveValue('18:00');
    await page.getByRole('button', { name: 'Часы понедельника — на все будни' }).click();
    await expect(page.getByLabel('Пятница: начало интервала 2')).toHaveValue('14:00');

    // Dates are typed as дд.мм.гггг whatever the browser's locale; a day that does not exist is named.
    const newHoliday = holidays(page).getByLabel('Новый праздник');
    await expect(newHoliday).toHaveAttribute('placeholder', 'дд.мм.гггг');
    await newHoliday.fill('31.02.2026');
    await holidays(page).getByRole('button', { name: 'Добавить' }).click();
    await expect(holidays(page)).toContainText('Такой даты нет: 31.02.2026');
    await newHoliday.fill('30.12.2026');
    await holidays(page).getByRole('button', { name: 'Добавить' }).click();
    await expect(holidays(page).locator('[data-date="2026-12-30"]')).toBeVisible();
    await expect(newHoliday).toHaveValue('');
    await page.getByLabel('Первый ответ, мин').fill('90');
    await expect(page.getByText('= 1 ч 30 мин рабочего времени')).toBeVisible();
    await expect(page.getByTestId('sla-preview')).toContainText('1 ч 30 мин рабочего времени');
    await expect(page.getByText('Есть несохранённые изменения.')).toBeVisible();
    await screenshot(page, 'options-sla.png');

    await saveButton(page).click();
    await expect(page.getByTestId('toast').filter({ hasText: 'Политика SLA сохранена' })).toBeVisible();
    await expect(page.getByText('Изменений нет.')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Понедельник: конец интервала 1')).toHaveValue('13:00');
    await expect(page.getByLabel('Понедельник: начало интервала 2')).toHaveValue('14:00');
    await expect(page.getByLabel('Четверг: конец интервала 2')).toHaveValue('18:00');
    await expect(holidays(page).locator('[data-date="2026-12-30"]')).toBeVisible();
    await expect(page.getByLabel('Первый ответ, мин')).toHaveValue('90');

    // Export: the DESIGN.md policy file, which the CLI reads.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспорт JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('sla-policy.json');
    const file = join(tmpdir(), `trustops-policy-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(exported).toMatchObject({
      timezone: 'Europe/Moscow',
      hours: { mon: [['09:00', '13:00'], ['14:00', '18:00']], fri: [['09:00', '13:00'], ['14:00', '18:00']] },
      firstReplyMinutes: 90,
      nextReplyMinutes: 240,
      warnRatio: 0.75,
    });
    expect(exported.holidays).toContain('2026-12-30');
    expect(Object.keys(exported.hours as object)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    // Monday 2026-11-23, 90-minute target: a message at 12:30 Moscow has 30 min before lunch, so it is
    // due at 15:00 (12:00Z); at 14:30 it has waited 60 working minutes, not 120 wall-clock ones.
    const events = join(tmpdir(), `trustops-events-${Date.now()}.jsonl`);
    writeFileSync(events, JSON.stringify({ thread: 'vk:1', at: '2026-11-23T09:30:00Z', direction: 'in' }) + '\n');
    const report = JSON.parse(
      execFileSync('npx', ['tsx', 'lib/cli/main.ts', 'sla', '--policy', file, '--events', events, '--now', '2026-11-23T11:30:00Z'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { threads: { dueAt: string; businessElapsedMs: number }[] };
    expect(report.threads[0]).toMatchObject({ dueAt: '2026-11-23T12:00:00.000Z', businessElapsedMs: 60 * MIN });
  });

  test('an invalid time or file is reported beside the field and nothing is saved', async ({ context, extensionId }) => {
    const page = await openSection(context, extensionId, 'sla');
    const end = page.getByLabel('Понедельник: конец интервала 1');
    await end.fill('25:00');
    await end.blur();
    await expect(monday(page).getByText('«25:00» — не время: нужно ЧЧ:ММ от 00:00 до 24:00')).toBeVisible();
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('sla-preview')).toContainText('Исправьте ошибки в форме');

    // Other mistakes get their own words, next to their own fields.
    await page.getByLabel('Вторник: начало интервала 1').fill('19:00');
    await page.getByLabel('Первый ответ, мин').fill('0');
    await page.getByLabel('Часовой пояс', { exact: true }).fill('Europe/Mordor');
    await saveButton(page).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Исправьте отмеченные поля.' })).toBeVisible();
    // The keyboard goes to the first field to fix: the zone, at the top of the form.
    await expect(page.getByLabel('Часовой пояс', { exact: true })).toBeFocused();
    await expect(page.getByTestId('sla-day-tue')).toContainText('Конец интервала должен быть позже начала');
    await expect(page.getByText('Должно быть больше нуля')).toBeVisible();
    await expect(page.getByText('Неизвестный часовой пояс «Europe/Mordor»: выберите из списка')).toBeVisible();

    // A broken policy file changes nothing and says where it is wrong.
    await page.locator('.sla-file-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ timezone: 'UTC', hours: { mon: [['09:00', '25:00']] }, firstReplyMinutes: 60, nextReplyMinutes: 120 })),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'Файл «broken.json» не загружен' })).toContainText('hours.mon[0][1]: invalid time "25:00"');
    await expect(end).toHaveValue('25:00');

    await page.reload();
    await expect(page.getByLabel('Понедельник: конец интервала 1')).toHaveValue('18:00');
    await expect(page.getByLabel('Первый ответ, мин')).toHaveValue('120');
    await expect(page.getByLabel('Часовой пояс', { exact: true })).toHaveValue('Europe/Moscow');

    // A valid file fills the form (24/7 here) without saving it.
    await page.locator('.sla-file-input').setInputFiles({
      name: 'round-the-clock.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ timezone: 'Asia/Novosibirsk', firstReplyMinutes: 30, nextReplyMinutes: 60 })),
    });
    await expect(page.getByLabel('Часовой пояс', { exact: true })).toHaveValue('Asia/Novosibirsk');
    await expect(page.getByRole('checkbox', { name: /Круглосуточно/ })).toBeChecked();
    await expect(page.getByText('Есть несохранённые изменения.')).toBeVisible();
  });
});

test.describe('options · metrics', () => {
  test('shows reply times, shares and per-platform counts for tracked replies; the CSV parses', async ({ context, extensionId }) => {
    const page = await openSection(context, extensionId, 'sla');
    // 24/7 in UTC through the editor, so the reply times below are plain wall-clock minutes.
    await page.getByLabel('Часовой пояс', { exact: true }).fill('UTC');
    await page.getByRole('checkbox', { name: /Круглосуточно/ }).check();
    await page.getByLabel('Первый ответ, мин').fill('60');
    await saveButton(page).click();
    await expect(page.getByText('Изменений нет.')).toBeVisible();

    const base = Date.now();
    const at = (minutesAgo: number) => new Date(base - minutesAgo * MIN).toISOString();
    const report = (id: string, platform: string, messages: [string, 'in' | 'out', number][]) =>
      send(page, {
        type: 'thread.snapshot',
        platform,
        snapshot: {
          id, site: platform, title: id, url: `https://example.com/${id}`,
          messages: messages.map(([mid, direction, ago]) => ({ id: mid, author: '', direction, at: at(ago), text: `${direction} ${mid}` })),
        },
      });
    // vk: first reply in 30 min (on time). telegram: first reply in 90 min (late), then a next reply in 10.
    await report('vk:1', 'vk', [['a', 'in', 180], ['b', 'out', 150]]);
    await report('telegram:1', 'telegram', [['a', 'in', 120], ['b', 'out', 30], ['c', 'in', 20], ['d', 'out', 10]]);
    await send(page, { type: 'thread.action', threadId: 'telegram:1', action: { kind: 'escalate', routeId: 'lead' } });

    for (const close of await page.getByRole('button', { name: 'Закрыть уведомление' }).all()) await close.click().catch(() => {});
    await page.goto(page.url().replace(/#sla$/, '#metrics'));
    await expect(page.getByRole('heading', { level: 1, name: 'Метрики диалогов' })).toBeVisible();
    await expect(page.getByTestId('kpi-first-median')).toHaveText('1 ч');
    await expect(page.getByTestId('kpi-first-p90')).toHaveText('1 ч 24 мин');
    await expect(page.getByTestId('kpi-next-median')).toHaveText('10 мин');
    await expect(page.getByTestId('kpi-within-value')).toHaveText(/^66,7\s%$/);
    await expect(page.getByTestId('kpi-calm-value')).toHaveText(/^50\s%$/);
    const platforms = page.getByTestId('metrics-platforms');
    await expect(platforms.locator('tr[data-platform="telegram"]')).toContainText('Telegram2');
    await expect(platforms.locator('tr[data-platform="vk"]')).toContainText('VK1');
    await screenshot(page, 'options-metrics.png');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспорт CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^trustops-metrics-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const rows = csv.trim().split(/\r\n/).map((line) => line.split(','));
    expect(rows[0]).toEqual(['metric', 'key', 'value']);
    const value = (metric: string, key = '') => rows.find(([m, k]) => m === metric && k === key)?.[2];
    expect(Number(value('firstReply.median'))).toBe(60 * MIN);
    expect(Number(value('firstReply.count'))).toBe(2);
    expect(Number(value('nextReply.count'))).toBe(1);
    expect(Number(value('withinSlaShare'))).toBeCloseTo(2 / 3);
    expect(Number(value('closedWithoutEscalationShare'))).toBe(0.5);
    expect(value('perPlatform', 'telegram')).toBe('2');
    expect(value('perPlatform', 'vk')).toBe('1');

    // A period without replies: an empty state instead of zeros.
    await page.getByRole('button', { name: 'Свой период' }).click();
    await page.getByLabel('С', { exact: true }).fill('01.01.2020');
    await page.getByLabel('По', { exact: true }).fill('31.1.2020');
    await expect(page.getByTestId('metrics-empty')).toContainText('За этот период ответов нет');
    await expect(page.getByRole('button', { name: 'Экспорт CSV' })).toBeDisabled();
  });
});
