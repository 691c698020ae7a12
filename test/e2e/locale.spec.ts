import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, EXTENSION_DIR, extensionIdOf } from './support/browser';
import { expect, test } from './support/fixtures';

/**
 * One language rule (lib/i18n/lang.ts resolveLang): the setting wins; with 'auto' a Russian,
 * Belarusian, Ukrainian or Kazakh browser gets Russian, every other browser English. Shown the
 * same in the panel, its findings, the popup and the dashboard.
 */
const CYRILLIC = /[а-яё]/i;
// An English draft with a card number: in a Russian interface its finding must still be Russian.
const CARD_DRAFT = 'Checked the payment: card 4111 1111 1111 1111, all good';

async function launchIn(locale: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'trustops-locale-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    locale,
    viewport: { width: 1280, height: 800 },
    args: [
      `--lang=${locale}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Texts = { panel: string; popup: string; dashboard: string; finding: 'ru' | 'en' };
const RU: Texts = { panel: 'Быстрые ответы', popup: 'Открыть библиотеку и настройки', dashboard: 'Библиотека', finding: 'ru' };
const EN: Texts = { panel: 'Quick replies', popup: 'Open the library and settings', dashboard: 'Library', finding: 'en' };

async function expectPanelAndFindings(page: Page, url: string, texts: Texts): Promise<void> {
  await page.goto(url);
  const composer = page.getByTestId('composer');
  await composer.click();
  const panel = page.getByTestId('trustops-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(texts.panel);
  await composer.pressSequentially(CARD_DRAFT);
  const message = page.getByTestId('trustops-finding').first().locator('.finding-message');
  await expect(message).toBeVisible({ timeout: 15_000 });
  if (texts.finding === 'ru') await expect(message).toHaveText(CYRILLIC);
  else await expect(message).not.toHaveText(CYRILLIC);
}

async function expectPopup(context: BrowserContext, extensionId: string, texts: Texts): Promise<void> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: texts.popup })).toBeVisible();
  await popup.close();
}

async function openDashboard(context: BrowserContext, extensionId: string, texts: Texts): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('link', { name: texts.dashboard })).toBeVisible({ timeout: 15_000 });
  return page;
}

async function expectEverywhere(context: BrowserContext, extensionId: string, url: string, texts: Texts): Promise<void> {
  const page = await context.newPage();
  await expectPanelAndFindings(page, url, texts);
  await page.close();
  await expectPopup(context, extensionId, texts);
  await (await openDashboard(context, extensionId, texts)).close();
}

for (const [locale, auto, forced, forcedTexts] of [
  ['de-DE', EN, 'ru', RU],
  ['uk-UA', RU, 'en', EN],
] as const) {
  test(`a ${locale} browser gets ${auto.finding} everywhere; the setting (${forced}) overrides it`, async ({ fixtureUrl }) => {
    test.setTimeout(120_000);
    const { context, close } = await launchIn(locale);
    try {
      const extensionId = await extensionIdOf(context);
      const url = fixtureUrl('pages/generic-react.html');
      await expectEverywhere(context, extensionId, url, auto);

      const dashboard = await openDashboard(context, extensionId, auto);
      await dashboard.getByRole('link', { name: auto === RU ? 'Настройки' : 'Settings' }).click();
      await dashboard.getByLabel(auto === RU ? 'Язык интерфейса' : 'Interface language').selectOption(forced);
      await expect(dashboard.getByRole('link', { name: forcedTexts.dashboard })).toBeVisible();
      await dashboard.close();

      await expectEverywhere(context, extensionId, url, forcedTexts);
    } finally {
      await close();
    }
  });
}
