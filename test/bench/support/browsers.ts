import { chromium, type BrowserContext } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, EXTENSION_DIR } from '../../e2e/support/browser';
import { copyBuild } from './build-copy';

/** One headless Chromium of the comparison: with the built extension, or without it (the baseline). */
export interface BenchBrowser {
  label: 'extension' | 'baseline';
  context: BrowserContext;
  /** `chrome-extension://<id>/`: the prefix of the extension's script URLs; null for the baseline. */
  extensionOrigin: string | null;
  extensionId: string | null;
  close(): Promise<void>;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces for "never touches the network": no name resolves except loopback, so even
  // a request that escaped page routing (the browser's own) cannot leave the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export const extensionIsBuilt = () => existsSync(join(EXTENSION_DIR, 'manifest.json'));

/**
 * Launches one Chromium. The extension is loaded from a private copy of the build, so a rebuild
 * by someone else during the run cannot change files under the running browser.
 */
export async function launchBrowser(label: BenchBrowser['label']): Promise<BenchBrowser> {
  const temp = mkdtempSync(join(tmpdir(), `trustops-bench-${label}-`));
  const profile = join(temp, 'profile');
  const extensionDir = join(temp, 'extension');
  if (label === 'extension') await copyBuild(EXTENSION_DIR, extensionDir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: label === 'extension' ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...ARGS] : ARGS,
  });
  let extensionId: string | null = null;
  if (label === 'extension') {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    label,
    context,
    extensionId,
    extensionOrigin: extensionId ? `chrome-extension://${extensionId}/` : null,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

/** "HeadlessChrome/156.0.…" as the browser reports itself. */
export async function browserVersion(browser: BenchBrowser): Promise<string> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    return (await cdp.send('Browser.getVersion')).product;
  } finally {
    await page.close();
  }
}
