import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * axe-core over the extension's own pages, in Russian and English: no serious or critical
 * violations. Reported as "rule: target" lines so a failure says where to look.
 */

const SECTIONS = ['library', 'tone', 'sla', 'queue', 'metrics', 'ideas', 'settings'] as const;

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

/** Sets the interface language the way the dashboard stores it, then tells every context. */
async function setLanguage(context: BrowserContext, extensionId: string, language: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(async (language) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('trustops');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readwrite');
        const store = tx.objectStore('settings');
        const read = store.get('settings');
        read.onsuccess = () => store.put({ key: 'settings', value: { ...(read.result?.value ?? {}), language } });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ 'trustops.changed.settings': Date.now() });
  }, language);
  await page.close();
}

for (const lang of ['ru', 'en'] as const) {
  test.describe(`a11y ${lang}`, () => {
    test('every dashboard section', async ({ context, extensionId }) => {
      test.setTimeout(150_000);
      const page = await context.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      const found: string[] = [];
      for (const section of SECTIONS) {
        await page.goto(`chrome-extension://${extensionId}/options.html?lang=${lang}#${section}`);
        await page.locator('main, [role="main"]').first().waitFor();
        await page.waitForTimeout(400);
        found.push(...(await seriousViolations(page)).map((line) => `#${section} ${line}`));
      }
      expect(found).toEqual([]);
    });

    test('the panel on a site page with a finding (its open shadow root in the test build)', async ({ context, extensionId, fixtureUrl }) => {
      await setLanguage(context, extensionId, lang);
      const page = await context.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(fixtureUrl('pages/generic-react.html'));
      await page.getByTestId('composer').click();
      await expect(page.getByTestId('trustops-panel')).toBeVisible();
      await page.keyboard.type('Мы гарантируем доставку завтра, карта 4111 1111 1111 1111');
      await expect(page.getByTestId('trustops-finding').first()).toBeVisible();
      await page.waitForTimeout(300);
      expect((await seriousViolations(page, 'trustops-overlay')).map((line) => `panel ${line}`)).toEqual([]);
    });

    test('the queue in the side panel and the popup', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 768 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?lang=${lang}`);
      await page.waitForTimeout(400);
      const found = (await seriousViolations(page)).map((line) => `queue ${line}`);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?lang=${lang}`);
      await popup.locator('h1').waitFor();
      await popup.waitForTimeout(300);
      found.push(...(await seriousViolations(popup)).map((line) => `popup ${line}`));
      expect(found).toEqual([]);
    });
  });
}
