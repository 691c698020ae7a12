import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './browser';
import { extensionCopyGranting } from './extension-copy';

/**
 * A fresh profile per test with a copy of the test build that holds the loopback host permission
 * from install (extension-copy.ts), so it may reach a local pack host (pack-host.ts) with no prompt.
 */
export const test = base.extend<{ context: BrowserContext; extensionId: string }, { extensionDir: string }>({
  extensionDir: [
    async ({}, use) => {
      const dir = extensionCopyGranting(['http://127.0.0.1/*']);
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionDir }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'trustops-granted-'));
    const context = await launchWithExtension(profile, true, extensionDir);
    await use(context);
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => use(await extensionIdOf(context)),
});
