import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, chromiumPath } from './support/browser';
import { expect, test } from './support/fixtures';
test('probe', async ({ fixtureUrl }) => {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'probe-')), {
    executablePath: chromiumPath(), headless: true, locale: 'ru-RU', viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--lang=ru'],
  });
  const page = await context.newPage();
  await page.goto(fixtureUrl('pages/generic-react.html'));
  await page.getByTestId('composer').click();
  const panel = page.getByTestId('trustops-panel');
  await expect(panel).toBeVisible();
  await panel.screenshot({ path: 'test-results/probe-empty.png' });
  await page.getByText('Курьер опаздывает').click({ clickCount: 3 });
  await expect(page.getByTestId('trustops-suggestion').first()).toBeVisible();
  await page.getByTestId('trustops-suggestion').filter({ hasText: 'Доставка задерживается' }).click();
  await page.keyboard.type('Анна');
  await page.screenshot({ path: 'test-results/probe-form.png' });
  await page.getByTestId('trustops-fill-gaps').click();
  await page.screenshot({ path: 'test-results/probe-inserted.png' });
  await panel.getByRole('searchbox').fill('абракадабра шмяк');
  await expect(page.getByTestId('trustops-empty')).toBeVisible();
  await panel.screenshot({ path: 'test-results/probe-nothing.png' });
  await page.getByTestId('trustops-collapse').click();
  await page.screenshot({ path: 'test-results/probe-chip.png' });
  await page.setViewportSize({ width: 800, height: 700 });
  await page.getByTestId('trustops-chip').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/probe-narrow.png' });
  await context.close();
});
