import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../e2e/support/static-server';
import {
  FIREFOX_TEST_EXTENSION_DIR,
  countInShadow,
  inShadow,
  launchFirefoxWithExtension,
  newTab,
  openExtensionPage,
  until,
  type FirefoxWithExtension,
} from './support/firefox';

/**
 * Firefox end-to-end smoke test: the Firefox test build in a real headless Firefox ESR, driven
 * over WebDriver BiDi. The Chromium suite (test/e2e) covers behaviour in depth; this checks that
 * the same paths work in Firefox: the panel beside a focused composer, a suggestion inserted into
 * the page's editor, a tone finding while typing, and the options page.
 * Texts are matched by test id only: the panel speaks the browser's language.
 */
const PAGE = 'pages/generic-contenteditable.html';
const CARD_DRAFT = 'Проверили оплату: карта 4111 1111 1111 1111, всё в порядке';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let firefox: FirefoxWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder('test/fixtures');
  firefox = await launchFirefoxWithExtension(FIREFOX_TEST_EXTENSION_DIR);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Opens the fixture inbox in a new tab and focuses its composer; returns once the panel is shown. */
async function openComposer(): Promise<{ page: Page; composer: ElementHandle<Element>; panel: ElementHandle<Element> }> {
  const page = await newTab(firefox.browser);
  // A window wide enough for the panel to dock beside the composer (else it shows as a chip).
  await page.setViewport({ width: 1366, height: 900 });
  await page.goto(`${server.origin}/${PAGE}`);
  const composer = (await page.waitForSelector('[data-testid="composer"]'))!;
  await composer.click();
  // Where the composer leaves no room beside it the panel waits behind the chip at its corner.
  const opened = await inShadow(page, '[data-testid="trustops-panel"], [data-testid="trustops-chip"]');
  if ((await opened.evaluate((el) => el.getAttribute('data-testid'))) === 'trustops-chip') await opened.click();
  const panel = await inShadow(page, '[data-testid="trustops-panel"]');
  return { page, composer, panel };
}

const composerText = (page: Page) => page.$eval('[data-testid="composer"]', (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
/** The draft as the page's own model knows it (updated only from `input` events). */
const pageModelText = (page: Page) => page.$eval('[data-testid="mirror"]', (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('Firefox: the extension in a real Firefox', () => {
  it('shows the panel beside a focused composer and inserts a suggestion into the page editor', async () => {
    const { page, composer, panel } = await openComposer();
    try {
      const [p, c] = [await panel.boundingBox(), await composer.boundingBox()];
      expect(p, 'panel has a box').not.toBeNull();
      expect(c, 'composer has a box').not.toBeNull();
      const overlaps = p!.x < c!.x + c!.width && c!.x < p!.x + p!.width && p!.y < c!.y + c!.height && c!.y < p!.y + p!.height;
      expect(overlaps, `panel ${JSON.stringify(p)} covers composer ${JSON.stringify(c)}`).toBe(false);

      // The customer's message, selected by the user (a real triple click: the overlay takes a
      // selection only right after the user's own input), drives the suggestions.
      await (await page.waitForSelector('[data-testid="customer-message"]'))!.click({ count: 3 });
      const option = await inShadow(page, '[data-testid="trustops-suggestion"]');
      const body = await option.$eval('.option-body', (el) => el.textContent ?? '');
      expect(body.length).toBeGreaterThan(0);
      await option.click();

      const values: Record<string, string> = {};
      if (/\{\w+\}/.test(body)) {
        const form = await inShadow(page, '[data-testid="trustops-fill-form"]');
        for (const input of await form.$$('input[data-field]')) {
          const field = (await input.evaluate((el) => el.getAttribute('data-field')))!;
          values[field] = field === 'order' ? '7731' : 'Игорь';
          await input.type(values[field]!);
        }
        await (await inShadow(page, '[data-testid="trustops-fill-insert"]')).click();
      }
      const expected = squash(body.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match));
      await until(() => composerText(page), expected);
      await until(() => pageModelText(page), expected);
    } finally {
      await page.close();
    }
  });

  it('reports a tone finding while the user types', async () => {
    const { page } = await openComposer();
    try {
      await page.keyboard.type(CARD_DRAFT);
      await until(() => composerText(page), squash(CARD_DRAFT));
      await inShadow(page, '[data-testid="trustops-finding"][data-category="pii.card"]', 20_000);
      expect(await countInShadow(page, '[data-testid="trustops-finding"][data-category="pii.card"]')).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('opens the options page with the starter library', async () => {
    const page = await newTab(firefox.browser);
    try {
      await openExtensionPage(firefox.browser, page, `${firefox.extensionOrigin}/options.html#library`);
      await page.waitForSelector('[data-testid="pack-item"]', { timeout: 15_000 });
      expect(await page.$$eval('[data-testid="pack-item"]', (items) => items.length)).toBeGreaterThan(0);
      // zod runs jitless here (lib/schema/jitless.ts): no eval probe against the page's CSP.
      expect(await page.evaluate(() => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
