import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, launchWithExtension } from './browser';
import { serveFolder, type StaticServer } from './static-server';

interface WorkerFixtures {
  fixtureServer: StaticServer;
}
interface TestFixtures {
  profileDir: string;
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser and starts it again on the same profile (a real restart). */
  restart: () => Promise<BrowserContext>;
  /** URL of a page under test/fixtures on the local server. */
  fixtureUrl: (path: string) => string;
  /** The extension's options page. */
  openOptions: () => Promise<Page>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  fixtureServer: [
    async ({}, use) => {
      const server = await serveFolder('test/fixtures');
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'trustops-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const holder = { current: await launchWithExtension(profileDir) };
    await use(holder.current);
    await holder.current.close().catch(() => {});
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  restart: async ({ context, profileDir }, use) => {
    const opened: BrowserContext[] = [];
    await use(async () => {
      // Close whichever browser is current: the first one, or the one a previous restart opened.
      await (opened[opened.length - 1] ?? context).close();
      const next = await launchWithExtension(profileDir);
      opened.push(next);
      return next;
    });
    for (const c of opened) await c.close().catch(() => {});
  },
  fixtureUrl: async ({ fixtureServer }, use) => {
    await use((path) => `${fixtureServer.origin}/${path.replace(/^\//, '')}`);
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
});

export { expect };
