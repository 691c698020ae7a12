import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, EXTENSION_DIR, extensionIdOf } from './support/browser';
import { extensionCopyGranting } from './support/extension-copy';
import { openFromChip } from './support/open-panel';

/**
 * "Enable TrustOps on this site": the popup's switch and the background's registrations, in
 * real Chromium.
 *
 * Playwright cannot answer the browser's permission prompt, so the extension runs here as a copy
 * of the build with two test-only manifest additions:
 * - `host_permissions` for SITE stands for the grant a user gives in that prompt. For a granted
 *   origin `permissions.request` resolves true without a prompt, so the popup's real button runs
 *   its whole path; what stays untested is the prompt itself (and a refusal).
 * - the `tabs` permission lets the popup, opened as a page (`popup.html?tab=<id>`), read other
 *   tabs' URLs, as `activeTab` lets the real popup read the active tab's.
 */

const SITE = 'https://support.zernoipar.example'; // generic.html's own address (see its header)
const SITE_PATTERN = `${SITE}/*`;
const SITE_URL = `${SITE}/ticket/42`;
const OTHER_URL = 'https://shop.example/cart'; // not supported, no permission
const SUPPORTED_URL = 'https://vk.com/im/convo/123456789';

const GENERIC_HTML = readFileSync('test/fixtures/sites/generic.html', 'utf8');
const VK_HTML = readFileSync('test/fixtures/sites/vk-convo.html', 'utf8');

interface Registration {
  id: string;
  matches?: string[];
  js?: string[];
  world?: string;
  persistAcrossSessions?: boolean;
}
type Chrome = {
  runtime: { sendMessage(message: object): Promise<{ ok: boolean; data?: unknown; error?: string }> };
  scripting: { getRegisteredContentScripts(): Promise<Registration[]>; unregisterContentScripts(): Promise<void> };
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
};

/** The built manifest's content scripts: what every enabled site must get registered. */
const declared = () =>
  (JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; world?: string }[] })
    .content_scripts;

/** Extension API calls, made from an extension page. */
const siteRegistrations = (extPage: Page) =>
  extPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.scripting.getRegisteredContentScripts()).filter((r) => r.id.startsWith('trustops-site-'));
  });
const unregisterAll = (extPage: Page) =>
  extPage.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.scripting.unregisterContentScripts());
const tabIdOf = (extPage: Page, url: string) =>
  extPage.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id;
  }, url);
const send = (extPage: Page, message: object) =>
  extPage.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), message);

/** The built extension with the test-only additions described above. */
const grantedCopy = () => extensionCopyGranting([SITE_PATTERN], ['tabs']);

async function launch(extensionDir: string, profileDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  // The sites' real addresses answer with fixture pages; no other web address is reachable.
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
    const url = route.request().url();
    if (url.startsWith(SITE) || url.startsWith('https://shop.example/'))
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: GENERIC_HTML });
    if (url.startsWith('https://vk.com/')) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: VK_HTML });
    return route.abort();
  });
  return context;
}

const test = base.extend<
  { profileDir: string; context: BrowserContext; extensionId: string; extPage: Page },
  { extensionDir: string }
>({
  extensionDir: [
    async ({}, use) => {
      const dir = grantedCopy();
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'trustops-site-access-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ extensionDir, profileDir }, use) => {
    const context = await launch(extensionDir, profileDir);
    await use(context);
    await context.close().catch(() => {});
  },
  extensionId: async ({ context }, use) => use(await extensionIdOf(context)),
  /** An extension page to call extension APIs from. */
  extPage: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await use(page);
  },
});

/** Opens `url` in a tab, and the popup as a page acting on that tab. */
async function openWithPopup(context: BrowserContext, extensionId: string, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  const finder = await context.newPage();
  await finder.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await tabIdOf(finder, url);
  await finder.close();
  expect(tabId, `tab of ${url}`).toBeDefined();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return { page, popup };
}

const accessOf = (popup: Page) => popup.getByTestId('site-access');
const enableButton = (popup: Page) => popup.getByTestId('site-access-enable');
const disableButton = (popup: Page) => popup.getByTestId('site-access-disable');

/** Focuses the reply box afresh (the overlay starts on focus; a box that already has it gets no event). */
async function expectPanelAfterFocus(page: Page) {
  await page.locator('h1').click();
  await page.locator('#reply').click();
  await openFromChip(page);
}

test('the popup offers "Enable on this site" only where TrustOps does not run yet', async ({ context, extensionId }) => {
  const other = await openWithPopup(context, extensionId, OTHER_URL);
  await expect(accessOf(other.popup)).toHaveAttribute('data-access', 'available');
  await expect(enableButton(other.popup)).toHaveText(/^(Включить на этом сайте|Enable on this site)$/);
  await expect(accessOf(other.popup)).toContainText('shop.example');
  await expect(disableButton(other.popup)).toHaveCount(0);

  const supported = await openWithPopup(context, extensionId, SUPPORTED_URL);
  await expect(accessOf(supported.popup)).toHaveAttribute('data-access', 'supported');
  await expect(supported.popup.getByRole('button', { name: /Включить|Выключить|Enable|Disable/ })).toHaveCount(0);

  const browserPage = await openWithPopup(context, extensionId, 'about:blank');
  await expect(accessOf(browserPage.popup)).toHaveAttribute('data-access', 'unavailable');
  await expect(enableButton(browserPage.popup)).toHaveCount(0);

  // Granted at install (the stand-in for the user's grant): registered by the startup reconcile.
  const granted = await openWithPopup(context, extensionId, SITE_URL);
  await expect(accessOf(granted.popup)).toHaveAttribute('data-access', 'enabled');
  await expect(disableButton(granted.popup)).toHaveText(/^(Выключить на этом сайте|Disable on this site)$/);
});

test('a granted site gets the manifest\'s scripts registered; Disable removes them; Enable registers them and starts the panel in the open tab', async ({
  context,
  extensionId,
  extPage,
}) => {
  const expected = declared().map((s) => ({ matches: [SITE_PATTERN], js: s.js, world: s.world ?? 'ISOLATED', persist: true }));
  const registered = async () =>
    (await siteRegistrations(extPage)).map((r) => ({ matches: r.matches, js: r.js, world: r.world ?? 'ISOLATED', persist: r.persistAcrossSessions }));
  await expect.poll(registered).toEqual(expect.arrayContaining(expected));
  expect(await registered()).toHaveLength(expected.length);

  const { page, popup } = await openWithPopup(context, extensionId, SITE_URL);
  await expectPanelAfterFocus(page); // the registration runs the overlay on a site outside the manifest

  await disableButton(popup).click();
  await expect(popup.getByTestId('site-access-notice')).toBeVisible();
  await expect(accessOf(popup)).toHaveAttribute('data-access', 'available');
  expect(await siteRegistrations(extPage)).toEqual([]);
  await page.reload();
  await page.locator('#reply').click();
  await page.waitForTimeout(1000);
  await expect(page.locator('trustops-overlay')).toHaveCount(0);

  // The real button: permissions.request (granted at once here), then the background registers and starts.
  await enableButton(popup).click();
  await expect(accessOf(popup)).toHaveAttribute('data-access', 'enabled');
  await expect(popup.getByTestId('site-access-notice')).toHaveText(/поле ответа|reply box/);
  expect(await registered()).toEqual(expect.arrayContaining(expected));
  await expectPanelAfterFocus(page); // started in the open tab, without a reload

  // Another grant for the same document (the browser's onAdded and the popup both react) starts nothing twice.
  const reply = await send(extPage, { type: 'site.enable', url: SITE_URL, tabId: await tabIdOf(extPage, SITE_URL) });
  expect(reply).toEqual({ ok: true, data: { access: 'enabled', pattern: SITE_PATTERN, running: true } });
  await expect(page.locator('trustops-overlay')).toHaveCount(1);
});

test('the background enables nothing without the user\'s permission', async ({ extPage }) => {
  const reply = await send(extPage, { type: 'site.enable', url: OTHER_URL });
  expect(reply).toEqual({ ok: false, error: 'no host permission for https://shop.example/*' });
  const registeredSites = (await siteRegistrations(extPage)).flatMap((r) => r.matches ?? []);
  expect(registeredSites).not.toContain('https://shop.example/*');
});

test('registrations lost between sessions come back from the granted permissions at startup', async ({ context, extensionDir, profileDir, extPage }) => {
  await expect.poll(async () => (await siteRegistrations(extPage)).length).toBeGreaterThan(0);
  await unregisterAll(extPage);
  expect(await siteRegistrations(extPage)).toEqual([]);
  await context.close();

  const restarted = await launch(extensionDir, profileDir);
  try {
    const id = await extensionIdOf(restarted);
    const page = await restarted.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await expect.poll(async () => (await siteRegistrations(page)).map((r) => r.matches)).toEqual(declared().map(() => [SITE_PATTERN]));
    const site = await restarted.newPage();
    await site.goto(SITE_URL);
    await expectPanelAfterFocus(site);
  } finally {
    await restarted.close();
  }
});
