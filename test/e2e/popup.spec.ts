import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, extensionIdOf } from './support/browser';
import { extensionCopyGranting } from './support/extension-copy';

/**
 * The popup says in plain words what TrustOps does on the current tab: works here, the site is
 * not enabled (with the Enable button), or the page is closed to extensions. The `tabs`
 * permission lets the popup, opened as a page (`popup.html?tab=<id>`), read another tab's URL.
 */
const GENERIC_HTML = readFileSync('test/fixtures/sites/generic.html', 'utf8');
const VK_HTML = readFileSync('test/fixtures/sites/vk-convo.html', 'utf8');

const test = base.extend<{ context: BrowserContext; extensionId: string }, { extensionDir: string }>({
  extensionDir: [
    async ({}, use) => {
      const dir = extensionCopyGranting([], ['tabs']);
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionDir }, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'trustops-popup-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
      const url = route.request().url();
      if (url.startsWith('https://vk.com/')) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: VK_HTML });
      if (url.startsWith('https://shop.example/')) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: GENERIC_HTML });
      return route.abort();
    });
    await use(context);
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => use(await extensionIdOf(context)),
});

/** Opens `url` in a tab and the popup as a page acting on that tab (in the browser's language). */
async function popupFor(context: BrowserContext, extensionId: string, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } } };
    return (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id;
  }, url);
  expect(tabId, `tab of ${url}`).toBeDefined();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

const status = (popup: Page) => popup.getByTestId('site-access-status');

test('the popup names the current tab’s status in plain words', async ({ context, extensionId }) => {
  const blank = await popupFor(context, extensionId, 'about:blank');
  await expect(status(blank)).toHaveText(/(не может работать на этой странице|cannot work on this page)/);
  await expect(blank.getByTestId('site-access-enable')).toHaveCount(0);

  // Nobody waits in a fresh profile (the VK page below brings a customer): one sentence says what to do.
  await expect(blank.getByTestId('popup-counts-empty')).toContainText(/(Откройте диалог|Open a conversation)/);

  const supported = await popupFor(context, extensionId, 'https://vk.com/im/convo/123456789');
  await expect(status(supported)).toHaveText(/^●?(TrustOps работает здесь|TrustOps works here)/);
  await expect(supported.getByTestId('site-access')).toContainText(/Эта страница · vk\.com|This page · vk\.com/);

  const other = await popupFor(context, extensionId, 'https://shop.example/cart');
  await expect(status(other)).toHaveText(/(Сайт не включён|Site not enabled).*shop\.example/);
  await expect(other.getByTestId('site-access-enable')).toBeVisible();
});
