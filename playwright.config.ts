import { defineConfig } from '@playwright/test';

// Two workers, one per core: files run side by side, each test (or each file, for the specs that
// share one browser through beforeAll) in its own Chromium profile, fixture server on its own port.
// Tests within a file stay in order. TRUSTOPS_E2E_WORKERS=1 runs one file at a time.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/support/global-setup.ts',
  workers: Number(process.env.TRUSTOPS_E2E_WORKERS ?? 2),
  timeout: 45_000,
  expect: { timeout: 7_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  outputDir: process.env.TRUSTOPS_OUT_DIR ? `${process.env.TRUSTOPS_OUT_DIR}/test-results` : 'test-results',
});
