/**
 * `npm run demo`: serves the demo inbox, starts Chromium with the built extension and shows the
 * panel answering a customer. With a display it stays open until Ctrl+C; without one (CI, SSH)
 * it runs headless, saves screenshots to .demo/ and prints where they are. The demo inbox is served
 * from 127.0.0.1, so this loads the test build (`npm run build:test`, chrome-mv3-test): production
 * builds do not run on loopback pages.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/support/browser';
import { serveFolder } from '../e2e/support/static-server';

const OUT = resolve('.demo');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

async function showPanel(page: Page): Promise<void> {
  await page.locator('#reply').click();
  // Select the customer's last message with a triple-click, as a community manager would before
  // asking for a reply (the overlay ignores selections that no user input made).
  await page.locator('.msg.in').last().click({ clickCount: 3, position: { x: 12, y: 12 } });
  await page.getByTestId('trustops-suggestion').first().waitFor({ timeout: 15_000 });
}

async function main(): Promise<void> {
  const server = await serveFolder('test/demo/site');
  const context: BrowserContext = await launchWithExtension(mkdtempSync(join(tmpdir(), 'trustops-demo-')), headless);
  const extensionId = await extensionIdOf(context);
  const page = await context.newPage();
  await page.goto(`${server.origin}/#t1`);
  await showPanel(page);
  console.log(`Demo inbox: ${server.origin}/  ·  dashboard: chrome-extension://${extensionId}/options.html`);

  if (!headless) {
    console.log('Chromium is open with TrustOps loaded. Press Ctrl+C to stop.');
    await new Promise<void>((resolveStop) => process.once('SIGINT', resolveStop));
  } else {
    mkdirSync(OUT, { recursive: true });
    const shots = [join(OUT, 'panel.png')];
    await page.screenshot({ path: shots[0] });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForLoadState('networkidle');
    shots.push(join(OUT, 'dashboard.png'));
    await options.screenshot({ path: shots[1]!, fullPage: true });
    console.log('No display: ran headless. Screenshots:\n' + shots.map((s) => '  ' + s).join('\n'));
  }
  await context.close();
  await server.close();
}

main().catch((error) => {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
