import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './support/browser';
import { extensionCopyGranting } from './support/extension-copy';

/**
 * Team pack subscriptions in real Chromium against a local static host that serves ETags: subscribe
 * in the dashboard, suggestions come from the pack, a changed file is picked up with what changed,
 * broken updates keep the previous version with the reason, unsubscribe removes the pack (Undo
 * brings it back). The origin's host permission is granted at install (see extension-copy.ts).
 */

type Mode = 'ok' | 'invalid-json' | 'schema' | '500' | 'timeout' | 'too-large' | 'not-modified';

/** The team's static host: one pack file, its ETag a version counter; the test sets what it answers. */
class PackHost {
  server!: Server;
  pack: object = {};
  version = 1;
  mode: Mode = 'ok';
  requests: { inm?: string }[] = [];

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests.push({ inm: req.headers['if-none-match'] as string | undefined });
      const etag = `"v${this.version}"`;
      const headers = { 'content-type': 'application/json', etag };
      switch (this.mode) {
        case 'invalid-json':
          return res.writeHead(200, headers).end('{"name": "Команда", "replies": [');
        case 'schema':
          return res.writeHead(200, headers).end(JSON.stringify({ name: 'Команда', replies: [{ id: 'x', title: 'Без текста' }] }));
        case '500':
          return res.writeHead(500).end('internal error');
        case 'timeout':
          return void setTimeout(() => res.writeHead(200, headers).end(JSON.stringify(this.pack)), 6000);
        case 'too-large':
          return res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(25 * 1024 * 1024) }).end();
        case 'not-modified':
          return res.writeHead(304, { etag }).end();
        default:
          if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
          return res.writeHead(200, headers).end(JSON.stringify(this.pack));
      }
    });
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
  }
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/team/pack.json`;
  }
  publish(pack: object): void {
    this.pack = pack;
    this.version += 1;
    this.mode = 'ok';
  }
  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

const PACK_V1 = {
  format: 'trustops-pack',
  version: 1,
  id: 'team',
  name: 'Команда кофейни',
  replies: [
    { id: 'oat-milk', title: 'Овсяное молоко есть', body: 'Да, овсяное молоко есть во всех кофейнях, без доплаты.' },
    { id: 'wifi', title: 'Пароль от Wi-Fi', body: 'Пароль от Wi-Fi напечатан на чеке.' },
    { id: 'parking', title: 'Парковка у кофейни', body: 'Рядом с кофейней есть бесплатная парковка.' },
  ],
};
const PACK_V2 = {
  ...PACK_V1,
  replies: [
    { id: 'oat-milk', title: 'Овсяное молоко есть', body: 'Да, овсяное и миндальное молоко есть во всех кофейнях.' },
    { id: 'wifi', title: 'Пароль от Wi-Fi', body: 'Пароль от Wi-Fi напечатан на чеке.' },
    { id: 'pets', title: 'Можно с собакой', body: 'С собаками можно, мы даже нальём воды.' },
  ],
};

const test = base.extend<{ context: BrowserContext; extensionId: string; dashboard: Page }, { extensionDir: string }>({
  extensionDir: [
    async ({}, use) => {
      const dir = extensionCopyGranting(['http://127.0.0.1/*']);
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionDir }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'trustops-subscriptions-'));
    const context = await launchWithExtension(profile, true, extensionDir);
    await use(context);
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => use(await extensionIdOf(context)),
  dashboard: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#library`);
    await use(page);
  },
});

/** What the background suggests for a customer message (the same request the panel sends). */
const suggestedTitles = (page: Page, text: string) =>
  page.evaluate(async (message) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data: { suggestions: { title: string }[] } }> } } };
    const reply = await chrome.runtime.sendMessage({ type: 'suggest', text: message, platform: 'generic', k: 3 });
    return reply.ok ? reply.data.suggestions.map((s) => s.title) : [];
  }, text);

let host: PackHost;
test.beforeEach(async () => {
  host = new PackHost();
  await host.start();
  host.publish(PACK_V1);
});
test.afterEach(() => host.close());

test('subscribe → suggestions from the pack; a changed file is picked up with what changed; unsubscribe removes it, Undo restores', async ({ dashboard }) => {
  await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
  await dashboard.getByTestId('trustops-subscribe').click();
  const row = dashboard.getByTestId('trustops-subscription');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Команда кофейни');
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(row.getByTestId('trustops-subscription-change')).toContainText('ответов — 3');
  await expect.poll(() => suggestedTitles(dashboard, 'У вас есть овсяное молоко?')).toContain('Овсяное молоко есть');

  // Read-only in the library; an editable copy on request.
  await dashboard.getByRole('button', { name: /Команда кофейни/ }).first().click();
  await expect(dashboard.getByText('Пакет из подписки — только чтение')).toBeVisible();
  await expect(dashboard.getByRole('button', { name: /^Изменить/ })).toHaveCount(0);

  // The lead publishes a new version: refresh shows what changed, suggestions follow.
  host.publish(PACK_V2);
  await row.getByRole('button', { name: 'Обновить' }).click();
  const change = row.getByTestId('trustops-subscription-change');
  await expect(change).toContainText('добавлено 1, изменено 1, удалено 1');
  await change.locator('summary').click();
  await expect(change).toContainText('Можно с собакой');
  await expect(change).toContainText('Парковка у кофейни');
  await dashboard.locator('.card.subscriptions').screenshot({ path: test.info().outputPath('subscriptions.png') });
  await expect.poll(() => suggestedTitles(dashboard, 'Можно прийти с собакой?')).toContain('Можно с собакой');
  expect(await suggestedTitles(dashboard, 'Где припарковаться у кофейни?')).not.toContain('Парковка у кофейни');

  // Unchanged file: a conditional request, answered 304.
  host.requests.length = 0;
  await row.getByRole('button', { name: 'Обновить' }).click();
  await expect.poll(() => host.requests.length).toBe(1);
  expect(host.requests[0]?.inm).toBe(`"v${host.version}"`);
  await expect(row).toHaveAttribute('data-state', 'ok');

  await row.getByRole('button', { name: 'Отписаться' }).click();
  await expect(row).toHaveCount(0);
  await expect.poll(() => suggestedTitles(dashboard, 'Можно прийти с собакой?')).not.toContain('Можно с собакой');
  await dashboard.getByRole('button', { name: 'Отменить' }).click();
  await expect(dashboard.getByTestId('trustops-subscription')).toHaveCount(1);
  await expect.poll(() => suggestedTitles(dashboard, 'Можно прийти с собакой?')).toContain('Можно с собакой');
});

test('a broken update keeps the previous version with the reason: invalid JSON, schema error, 500, timeout, over the size limit; 304 keeps it quietly', async ({ dashboard }) => {
  await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
  await dashboard.getByTestId('trustops-subscribe').click();
  const row = dashboard.getByTestId('trustops-subscription');
  await expect(row).toHaveAttribute('data-state', 'ok');
  const warning = row.getByTestId('trustops-subscription-warning');

  const cases: [Mode, RegExp][] = [
    ['invalid-json', /это не JSON/],
    ['schema', /не подходит как пакет TrustOps/],
    ['500', /ошибкой \(HTTP 500/],
    ['timeout', /не ответил вовремя/],
    ['too-large', /слишком большой/],
  ];
  for (const [mode, reason] of cases) {
    host.version += 1; // a new ETag: the server has "something new"
    host.mode = mode;
    await row.getByRole('button', { name: 'Обновить' }).click();
    await expect(warning, mode).toContainText('действует прежняя версия', { timeout: 10_000 });
    await expect(warning, mode).toContainText(reason);
    await expect(row).toHaveAttribute('data-state', 'warning');
    expect(await suggestedTitles(dashboard, 'У вас есть овсяное молоко?'), mode).toContain('Овсяное молоко есть');
  }

  // The host recovers: the warning goes away.
  host.publish(PACK_V1);
  await row.getByRole('button', { name: 'Обновить' }).click();
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(warning).toHaveCount(0);

  host.mode = 'not-modified';
  await row.getByRole('button', { name: 'Обновить' }).click();
  await expect(row).toHaveAttribute('data-state', 'ok');
  expect(await suggestedTitles(dashboard, 'У вас есть овсяное молоко?')).toContain('Овсяное молоко есть');
});

test('a bad address is refused with a plain message and nothing is stored', async ({ dashboard }) => {
  await dashboard.getByTestId('trustops-subscribe-url').fill('http://team.example/pack.json');
  await dashboard.getByTestId('trustops-subscribe').click();
  await expect(dashboard.getByRole('alert')).toContainText('https://');
  await expect(dashboard.getByTestId('trustops-subscription')).toHaveCount(0);
});
