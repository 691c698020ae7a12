import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Root of the build output; `TRUSTOPS_OUT_DIR` lets parallel runs on one machine keep apart. */
export const OUTPUT_ROOT = resolve(process.env.TRUSTOPS_OUT_DIR ?? '.output');
/** The test build (`wxt build --mode test`): production code plus test-only hooks and loopback matches. */
export const EXTENSION_DIR = resolve(OUTPUT_ROOT, 'chrome-mv3-test');
/** The production build, exactly as shipped (the hostile-page suite runs against it). */
export const PRODUCTION_EXTENSION_DIR = resolve(OUTPUT_ROOT, 'chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian `chromium` or set CHROMIUM_PATH');
  return found;
}

/**
 * Starts Debian's Chromium with the built extension (the test build unless `extensionDir` says
 * otherwise) in a persistent profile. Reusing the same `userDataDir` later is a browser restart
 * with the same IndexedDB and storage.
 */
export async function launchWithExtension(userDataDir: string, headless = true, extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  if (!existsSync(resolve(extensionDir, 'manifest.json')))
    throw new Error(`no built extension in ${extensionDir}: run \`npm run build:test\` (or \`wxt build\` for production) first`);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
