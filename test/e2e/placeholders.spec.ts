import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './support/browser';
import { routeSite } from './support/site-routes';

/**
 * Placeholders prefilled from the thread (issue 11, point 4): on the VK fixture the adapter knows
 * the customer's name (the thread title «Анна Смирнова») and the message holds an order number.
 */
const URL_VK = 'https://vk.com/im/convo/123456789';
const ORIGINAL = 'Когда ждать возврат? И ещё: у вас есть овсяное молоко в точке на Садовой?';
const MESSAGE = 'Здравствуйте! Где мой заказ №45821? Курьер опаздывает уже на час';

let context: BrowserContext;
let profileDir: string;

test.beforeAll(async () => {
  profileDir = mkdtempSync(join(tmpdir(), 'trustops-placeholders-'));
  context = await launchWithExtension(profileDir);
  const extensionId = await extensionIdOf(context);
  // The starter pack is in the library once the options page has opened.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html?lang=ru#library`);
  await expect(options.getByTestId('pack-item').first()).toBeVisible({ timeout: 15_000 });
  await options.close();
});

test.afterAll(async () => {
  await context?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

test('name from the site and order from the message are prefilled, editable, and inserted as edited', async () => {
  const page = await context.newPage();
  await routeSite(context, URL_VK, 'vk-convo.html', (html) => html.replaceAll(ORIGINAL, MESSAGE));
  await page.goto(URL_VK);
  const composer = page.locator('.ConvoComposer__input');
  await composer.click();
  const panel = page.getByTestId('trustops-panel');
  const chip = page.getByTestId('trustops-chip');
  await expect(panel.or(chip).first()).toBeVisible();
  if (await chip.isVisible()) await chip.click();
  await expect(page.getByTestId('trustops-message').locator('.quote')).toHaveText(MESSAGE);

  const option = page.getByTestId('trustops-suggestion').filter({ hasText: 'Приносим извинения за задержку' });
  await option.first().click();
  const form = page.getByTestId('trustops-fill-form');
  await expect(form).toBeVisible();
  const name = form.locator('input[data-field="name"]');
  const order = form.locator('input[data-field="order"]');
  await expect(name).toHaveValue('Анна');
  await expect(order).toHaveValue('45821');
  await expect(form.getByTestId('trustops-fill-source')).toHaveCount(2);

  // The user corrects the name: its source note goes, the order's stays; nothing inserted yet.
  await name.fill('Анна Сергеевна');
  await expect(form.getByTestId('trustops-fill-source')).toHaveCount(1);
  await expect(composer).toHaveText('');
  await name.press('Enter');

  await expect(form).toBeHidden();
  await expect(composer).toContainText('Здравствуйте, Анна Сергеевна! Приносим извинения за задержку. Заказ 45821 уже в пути');
  await page.close();
});
