import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

/** Same output root as the Chromium e2e (test/e2e/support/browser.ts): `TRUSTOPS_OUT_DIR` keeps parallel runs apart. */
export const OUTPUT_ROOT = resolve(process.env.TRUSTOPS_OUT_DIR ?? '.output');
/** `WXT_TEST_BUILD=1 wxt build -b firefox`: loopback matches and an open overlay root for the smoke test. */
export const FIREFOX_TEST_EXTENSION_DIR = resolve(OUTPUT_ROOT, 'firefox-mv3-test');
/** `wxt build -b firefox`: what ships, and what `web-ext lint` checks. */
export const FIREFOX_EXTENSION_DIR = resolve(OUTPUT_ROOT, 'firefox-mv3');

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Firefox not found: install Debian `firefox-esr` or set FIREFOX_PATH');
  return found;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`: pinned by a pref, so the test knows its pages' addresses. */
  extensionOrigin: string;
  close(): Promise<void>;
}

/**
 * Headless Firefox over WebDriver BiDi (puppeteer-core; no geckodriver) with the built extension
 * installed as a temporary add-on.
 */
export async function launchFirefoxWithExtension(
  extensionDir: string,
  options: { grantOptionalPermissions?: boolean } = {},
): Promise<FirefoxWithExtension> {
  const manifestPath = resolve(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no built extension in ${extensionDir}: run \`WXT_TEST_BUILD=1 wxt build -b firefox\` first`);
  const geckoId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets BiDi open the extension's own pages (moz-extension://).
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // A headless browser cannot answer the permission doorhanger: this grants what is asked.
      ...(options.grantOptionalPermissions ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, extensionOrigin: `moz-extension://${uuid}`, close: () => browser.close() };
}

/**
 * A new tab. The first tab of a headless Firefox never gets focus (no `focusin`, so the overlay
 * would never see the composer focused): every test opens its own.
 */
export const newTab = (browser: Browser): Promise<Page> => browser.newPage();

/**
 * Opens one of the extension's pages. `page.goto` never resolves for moz-extension:// URLs, so
 * this sends the BiDi navigation itself and waits for the load.
 */
export async function openExtensionPage(browser: Browser, page: Page, url: string): Promise<void> {
  // Internals of puppeteer's BiDi implementation: the frame's browsing context id and the session.
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const bidi = browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } };
  await bidi.connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

/**
 * Waits for an element matching `selector` inside any open shadow root of the page (the overlay
 * mounts in one; the test build keeps it open). Polls: shadow-only changes escape puppeteer's
 * `>>>` waits.
 */
export async function inShadow(page: Page, selector: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (selector: string) => {
      for (const host of document.querySelectorAll('*')) {
        const found = host.shadowRoot?.querySelector(selector);
        if (found) return found;
      }
      return null;
    },
    { timeout, polling: 100 },
    selector,
  );
  return handle as ElementHandle<Element>;
}

/** All matches of `selector` across the page's open shadow roots, as a count. */
export function countInShadow(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector: string) => {
    let count = 0;
    for (const host of document.querySelectorAll('*')) count += host.shadowRoot?.querySelectorAll(selector).length ?? 0;
    return count;
  }, selector);
}

/** Polls `read` until it returns `expected` (compared as JSON); throws with the last value. */
export async function until<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)} after ${timeout} ms`);
}
