import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Issue 13.3: the dialogue KPIs on the metrics page, from data seeded through the background's messages. */

const MIN = 60_000;
const UUID = () => crypto.randomUUID();

type Chrome = { runtime: { sendMessage(message: object): Promise<{ ok: boolean; data?: unknown; error?: string }> } };

async function send<T = unknown>(page: Page, message: object): Promise<T> {
  const reply = await page.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), message);
  if (!reply?.ok) throw new Error(`request ${JSON.stringify(message)} failed: ${reply?.error}`);
  return reply.data as T;
}

test('the metrics page shows closed-without-escalation, acceptance, ideas, findings and the crisis period', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#metrics`);
  await expect(page.getByRole('heading', { level: 1, name: 'Метрики диалогов' })).toBeVisible();

  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * MIN).toISOString();
  const report = (id: string, platform: string, messages: [string, 'in' | 'out', string][]) =>
    send(page, {
      type: 'thread.snapshot',
      platform,
      snapshot: {
        id, site: platform, title: id, url: `https://example.com/${id}`,
        messages: messages.map(([mid, direction, time]) => ({ id: mid, author: '', direction, at: time, text: `${direction} ${mid}` })),
      },
    });

  // vk:1 answered by hand; vk:2 answered right after a suggestion was inserted there; telegram:1 answered, then escalated.
  await report('vk:1', 'vk', [['a', 'in', at(180)], ['b', 'out', at(150)]]);
  await send(page, { type: 'pick', clientId: UUID(), packId: 'starter', replyId: 'r1', text: 'где заказ', platform: 'vk', threadId: 'vk:2' });
  await report('vk:2', 'vk', [['a', 'in', at(20)], ['b', 'out', new Date(Date.now() + 1000).toISOString()]]);
  await report('telegram:1', 'telegram', [['a', 'in', at(120)], ['b', 'out', at(30)]]);
  await send(page, { type: 'thread.action', threadId: 'telegram:1', action: { kind: 'escalate', routeId: 'lead' } });
  await send(page, {
    type: 'tone.sendAnyway', clientId: UUID(), threadId: 'vk:1', url: 'https://example.com/vk:1',
    findings: [{ ruleId: 'blame.you', category: 'blame', severity: 'block', excerpt: '…' }],
  });
  await send(page, { type: 'ideas.save', idea: { text: 'Добавьте оплату картой', threadId: 'vk:1', url: 'https://example.com/vk:1', platform: 'vk' } });
  await send(page, { type: 'settings.save', changes: { crisis: { active: true, reason: 'Сбой оплаты', startsAt: at(60), contacts: [] } } });

  await page.reload();
  const block = page.getByTestId('kpi-dialogue');
  await expect(block.getByRole('heading', { name: 'Диалоги' })).toBeVisible();
  await expect(page.getByTestId('kpi-closed-value')).toHaveText(/^66,7\s%$/);
  await expect(page.getByTestId('kpi-closed-sub')).toHaveText('2 из 3');
  await expect(page.getByTestId('kpi-acceptance-value')).toHaveText(/^33,3\s%$/);
  await expect(page.getByTestId('kpi-acceptance-sub')).toHaveText('из подсказки: 1 · написано вручную: 2');
  await expect(page.getByTestId('kpi-ideas-value')).toHaveText('1 / 0');
  await expect(page.getByTestId('kpi-findings')).toContainText('«Отправить всё равно»');
  await expect(page.getByTestId('kpi-findings-categories').locator('tr[data-category="blame"]')).toContainText('1');
  await expect(page.getByTestId('kpi-crisis-periods')).toContainText('Сбой оплаты');
  await expect(page.getByTestId('kpi-crisis-periods')).toContainText('идёт сейчас');
  await expect(page.getByTestId('metrics-crisis-legend')).toHaveText(/Кризисный режим/);
  await page.screenshot({ path: 'test-results/options-metrics-kpi.png', fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспорт CSV' }).click()]);
  const rows = readFileSync((await download.path())!, 'utf8').trim().split(/\r\n/).map((line) => line.split(','));
  expect(rows[0]).toEqual(['metric', 'key', 'value']);
  const value = (metric: string, key = '') => rows.find(([m, k]) => m === metric && k === key)?.[2];
  expect(value('closedWithoutEscalation')).toBe('2');
  expect(value('acceptance.picked')).toBe('1');
  expect(value('findings.perCategory', 'blame')).toBe('1');

  // English texts too.
  await page.goto(`chrome-extension://${extensionId}/options.html?lang=en#metrics`);
  await expect(page.getByTestId('kpi-dialogue').getByRole('heading', { name: 'Conversations' })).toBeVisible();
  await expect(page.getByTestId('kpi-acceptance')).toContainText('Suggestions accepted');
  await expect(page.getByTestId('kpi-crisis-periods')).toContainText('ongoing');
});

test('a draft sent with a warning is counted by category: stored without its text, shown on the metrics page', async ({ context, extensionId, fixtureUrl }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('pages/generic-react.html'));
  await page.getByTestId('composer').click();
  await expect(page.getByTestId('trustops-panel')).toBeVisible();
  await page.keyboard.insertText('ВСЁ БУДЕТ ГОТОВО ЗАВТРА!!!');
  // The live finding first: the tone engine loads at idle.
  await expect(page.getByTestId('trustops-finding').first()).toBeVisible();
  // First on a page where Enter is a new line (the draft stays): no send, nothing counted.
  const editor = await context.newPage();
  await editor.goto(fixtureUrl('pages/editors-textarea.html'));
  await editor.getByTestId('composer').click();
  await editor.keyboard.insertText('ВСЁ БУДЕТ ГОТОВО ЗАВТРА!!!');
  await expect(editor.getByTestId('trustops-finding').first()).toBeVisible();
  await editor.keyboard.press('Enter');
  await editor.keyboard.insertText('Спасибо');
  await editor.waitForTimeout(4_000); // longer than the content script looks for the send
  await editor.close();

  await page.bringToFront();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sent-message')).toHaveCount(1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html?lang=en#metrics`);
  const auditRows = () =>
    options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('trustops');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const rows = await new Promise<unknown[]>((ok) => {
        const read = db.transaction('audit').objectStore('audit').getAll();
        read.onsuccess = () => ok(read.result);
        read.onerror = () => ok([]);
      });
      db.close();
      return rows as { kind: string; url: string; findings: { category: string; excerpt: string }[] }[];
    });
  await expect.poll(async () => (await auditRows()).filter((r) => r.kind === 'sent-with-findings').length).toBe(1);
  const [row] = (await auditRows()).filter((r) => r.kind === 'sent-with-findings');
  expect(row!.findings.map((f) => f.category)).toContain('shouting');
  expect(JSON.stringify(row)).not.toContain('ЗАВТРА');

  await options.reload();
  await expect(options.getByTestId('kpi-findings-categories').locator('tr[data-category="shouting"]')).toBeVisible();
  await expect(options.getByTestId('kpi-findings')).toContainText('Sent with findings: 1');
});
