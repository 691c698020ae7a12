import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * The waiting queue in the side panel page, against the real background: threads are reported
 * with `thread.snapshot` exactly as the content script does, actions go through the background,
 * and the badge is read from the service worker.
 */

const MIN = 60_000;
const CLOCK_KEY = 'trustops.debug.clockOffsetMs';
/** 24/7 in UTC: due times do not depend on when the test runs. First reply 60 min, warning at 45. */
const POLICY = { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 120, warnRatio: 0.75 };

type Chrome = {
  runtime: { sendMessage(message: object): Promise<{ ok: boolean; data?: unknown; error?: string }> };
  storage: { local: { set(items: object): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string> };
};

/** Sends a request to the background from an extension page and unwraps the envelope. */
async function send<T = unknown>(page: Page, message: object): Promise<T> {
  const reply = await page.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), message);
  if (!reply?.ok) throw new Error(`request ${JSON.stringify(message)} failed: ${reply?.error}`);
  return reply.data as T;
}

/** Writes records into the extension's database with the raw IndexedDB API (the background created it). */
async function putRecords(page: Page, table: string, records: object[]) {
  await send(page, { type: 'thread.get', threadId: 'none' }); // makes sure the database exists
  await page.evaluate(
    ({ table, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          for (const record of records) tx.objectStore(table).put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, records },
  );
}

async function setClockOffset(page: Page, offsetMs: number) {
  await page.evaluate(([key, value]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ [key!]: value }), [
    CLOCK_KEY,
    offsetMs,
  ] as const);
}

async function badgeText(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
}

interface Seed {
  id: string;
  platform: 'vk' | 'telegram' | 'instagram' | 'x';
  title: string;
  text: string;
  minutesAgo: number;
}

/** A customer message `minutesAgo` minutes ago, reported as the site adapter would. */
async function reportThread(page: Page, seed: Seed) {
  await send(page, {
    type: 'thread.snapshot',
    platform: seed.platform,
    snapshot: {
      id: seed.id, site: seed.platform, title: seed.title, url: `https://vk.com/im?sel=${encodeURIComponent(seed.id)}`,
      messages: [{ id: 'm1', author: seed.title, direction: 'in', at: new Date(Date.now() - seed.minutesAgo * MIN).toISOString(), text: seed.text }],
    },
  });
}

const rows = (page: Page) => page.getByTestId('queue-row');
const row = (page: Page, title: string) => rows(page).filter({ hasText: title });

async function openQueue(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 860 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?lang=ru`);
  return page;
}

test.describe('waiting queue', () => {
  test('lists waiting threads by due time; actions, snooze and the clock keep it and the badge in step', async ({
    context,
    extensionId,
  }) => {
    const helper = await context.newPage();
    await helper.goto(`chrome-extension://${extensionId}/popup.html`);
    await putRecords(helper, 'settings', [{ key: 'settings', value: { slaPolicy: POLICY } }]);
    // Reported out of due order on purpose.
    const seeds: Seed[] = [
      { id: 'vk:d', platform: 'vk', title: 'Дмитрий', text: 'Здравствуйте, можно поменять адрес доставки?', minutesAgo: 0 },
      { id: 'vk:a', platform: 'vk', title: 'Анна Смирнова', text: 'Где мой заказ? Жду уже неделю!', minutesAgo: 90 },
      { id: 'x:c', platform: 'x', title: 'Сергей', text: 'Работаете в праздники?', minutesAgo: 20 },
      { id: 'telegram:b', platform: 'telegram', title: 'Борис', text: 'Карта не проходит при оплате', minutesAgo: 50 },
      { id: 'instagram:e', platform: 'instagram', title: 'Елена', text: 'Пришёл не тот размер, как вернуть? '.repeat(6), minutesAgo: 47 },
    ];
    for (const seed of seeds) await reportThread(helper, seed);
    expect(await send(helper, { type: 'sla.recompute' })).toEqual({ waiting: 5, atRisk: 3 });
    expect(await badgeText(context)).toBe('3');

    const page = await openQueue(context, extensionId);
    await expect(rows(page)).toHaveCount(5);
    const order = ['Анна Смирнова', 'Борис', 'Елена', 'Сергей', 'Дмитрий'];
    expect(await rows(page).locator('.queue-title').allTextContents()).toEqual(order);
    expect(await rows(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-state')))).toEqual([
      'breached', 'warning', 'warning', 'ok', 'ok',
    ]);
    await expect(row(page, 'Анна Смирнова').getByTestId('queue-time-left')).toHaveText('просрочено на 30 мин');
    await expect(row(page, 'Сергей').getByTestId('queue-time-left')).toHaveText(/^осталось (39|40) мин$/);
    await expect(row(page, 'Анна Смирнова')).toContainText('Где мой заказ? Жду уже неделю!');
    await expect(page.getByTestId('queue-at-risk')).toHaveText('Под угрозой: 3');

    // Keyboard: ↓ on a row's title moves to the next row.
    await row(page, 'Анна Смирнова').getByRole('button', { name: 'Открыть диалог «Анна Смирнова»' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(row(page, 'Борис').locator('.queue-open')).toBeFocused();

    // Answered: the row leaves the queue and the badge drops.
    await row(page, 'Сергей').getByRole('button', { name: 'Ответил' }).click();
    await expect(row(page, 'Сергей')).toHaveCount(0);
    await expect(rows(page)).toHaveCount(4);
    await expect(page.getByRole('status').filter({ hasText: '«Сергей»: отмечено как отвеченное' })).toBeVisible();

    // Snooze for an hour: greyed, out of the at-risk count (queue and badge alike).
    await row(page, 'Борис').getByRole('button', { name: 'Отложить' }).click();
    await page.getByRole('group', { name: 'Отложить «Борис»' }).getByRole('button', { name: '1 ч' }).click();
    await expect(row(page, 'Борис')).toHaveAttribute('data-state', 'snoozed');
    await expect(row(page, 'Борис')).toContainText('отложено до');
    const opacity = await row(page, 'Борис').locator('.queue-row-body').evaluate((el) => getComputedStyle(el).opacity);
    expect(Number(opacity)).toBeLessThan(1);
    await expect(page.getByTestId('queue-at-risk')).toHaveText('Под угрозой: 2');
    await expect.poll(() => badgeText(context)).toBe('2');

    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${process.env.TRUSTOPS_OUT_DIR ?? '.'}/test-results/queue.png` });

    // 50 minutes later: Dmitry's clock reaches its warning; Boris stays snoozed.
    await setClockOffset(helper, 50 * MIN);
    expect(await send(helper, { type: 'sla.recompute' })).toEqual({ waiting: 4, atRisk: 3 });
    expect(await badgeText(context)).toBe('3');
    await expect(row(page, 'Дмитрий')).toHaveAttribute('data-state', 'warning');
    await expect(row(page, 'Дмитрий').getByTestId('queue-time-left')).toHaveText(/^осталось (9|10) мин$/);
    await expect(page.getByTestId('queue-at-risk')).toHaveText('Под угрозой: 3');

    // Filters.
    await page.getByLabel('Состояние').selectOption('breached');
    expect(await rows(page).locator('.queue-title').allTextContents()).toEqual(['Анна Смирнова', 'Елена']);
    await page.getByLabel('Площадка').selectOption('telegram');
    await expect(page.getByTestId('queue-empty')).toContainText('Под этот фильтр ничего не подходит.');
    await page.getByRole('button', { name: 'Сбросить фильтр' }).click();
    await expect(rows(page)).toHaveCount(4);

    // The title opens the thread's page in a tab.
    await context.route('https://vk.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>VK</title>' }));
    const [opened] = await Promise.all([context.waitForEvent('page'), row(page, 'Анна Смирнова').locator('.queue-open').click()]);
    await expect(opened).toHaveURL('https://vk.com/im?sel=vk%3Aa');
  });

  test('shows an empty state, then keeps 10 000 waiting threads to a handful of DOM rows', async ({ context, extensionId }) => {
    const page = await openQueue(context, extensionId);
    await expect(page.getByTestId('queue-empty')).toContainText('Никто не ждёт ответа');
    await expect(page.getByTestId('queue-empty')).toContainText('Откройте диалог в VK, Telegram');

    const now = Date.now();
    const threads = Array.from({ length: 10_000 }, (_, i) => ({
      id: `vk:bulk_${i}`, site: 'vk', platform: 'vk', title: `Клиент ${i}`, url: `https://vk.com/im?sel=${i}`,
      status: 'waiting', slaState: 'ok', pendingSince: now, dueAt: now + (i + 1) * MIN, target: 'first',
      lastCustomerText: `Вопрос номер ${i}`, snoozedUntil: null, escalatedTo: null, notified: { warning: false, breach: false }, updatedAt: now,
    }));
    await putRecords(page, 'threads', threads);
    await page.reload();
    await expect(page.getByTestId('queue-counts')).toContainText('Ждут ответа: 10\u00a0000');
    await expect(rows(page).first()).toContainText('Клиент 0');
    expect(await rows(page).count()).toBeLessThan(30);

    // End on a title jumps to the last thread, rendering it on the way.
    await rows(page).first().locator('.queue-open').focus();
    await page.keyboard.press('End');
    await expect(row(page, 'Клиент 9999').locator('.queue-open')).toBeFocused();
    expect(await rows(page).count()).toBeLessThan(30);
  });
});

test.describe('queue density and popup counts', () => {
  // Inside the repository's (or TRUSTOPS_OUT_DIR's) test results, like every other screenshot.
  const SHOTS = `${process.env.TRUSTOPS_OUT_DIR ?? '.'}/test-results/shots-queue`;
  for (const lang of ['ru', 'en'] as const) {
    test(`${lang}: at least 10 rows fit a 400×768 side panel; the popup shows the counts`, async ({ context, extensionId }) => {
      const helper = await context.newPage();
      await helper.goto(`chrome-extension://${extensionId}/popup.html`);
      await putRecords(helper, 'settings', [{ key: 'settings', value: { slaPolicy: POLICY, language: lang } }]);
      const names = ['Анна Смирнова', 'Борис', 'Сергей Петров', 'Дмитрий', 'Елена', 'Жанна', 'Игорь', 'Катерина', 'Леонид', 'Мария', 'Никита', 'Ольга'];
      const platforms = ['vk', 'telegram', 'instagram', 'x'] as const;
      for (const [i, title] of names.entries()) {
        await reportThread(helper, {
          id: `${platforms[i % 4]}:d${i}`, platform: platforms[i % 4]!, title,
          text: 'Здравствуйте! Заказ №48213 так и не пришёл, подскажите, когда ждать доставку?', minutesAgo: i * 7,
        });
      }
      await send(helper, { type: 'sla.recompute' });

      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 768 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?lang=${lang}`);
      await expect(rows(page)).toHaveCount(12);
      // Fully visible rows: the whole box inside the window, every one the same (single-line) height.
      const boxes = await rows(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      const visible = boxes.filter((box) => box.top >= 0 && box.bottom <= 768);
      expect(visible.length).toBeGreaterThanOrEqual(10);
      expect(new Set(boxes.map((box) => Math.round(box.height))).size).toBe(1);
      await page.screenshot({ path: `${SHOTS}/queue-${lang}.png` });
      await rows(page).nth(1).hover();
      await page.screenshot({ path: `${SHOTS}/queue-${lang}-hover.png` });

      const popup = await context.newPage();
      await popup.setViewportSize({ width: 320, height: 420 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?lang=${lang}`);
      await expect(popup.getByTestId('popup-count-waiting')).toContainText('12');
      await popup.screenshot({ path: `${SHOTS}/popup-${lang}.png` });
    });
  }
});
