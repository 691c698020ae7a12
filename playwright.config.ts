import { defineConfig } from '@playwright/test';

// One worker: the machines have 2 cores and each test runs its own Chromium with the extension.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/support/global-setup.ts',
  workers: 1,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  outputDir: process.env.TRUSTOPS_OUT_DIR ? `${process.env.TRUSTOPS_OUT_DIR}/test-results` : 'test-results',
});
