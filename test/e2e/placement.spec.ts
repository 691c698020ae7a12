import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './support/browser';
import { routeSite } from './support/site-routes';
import { serveFolder, type StaticServer } from './support/static-server';
import { coveredPoints, panelFitProblems } from './support/covered-points';
import { PLACEMENT_CASES, type PlacementCase } from './support/placement-cases';

/**
 * Issue 11 acceptance: on every site fixture and the demo inbox, at three viewport sizes and with a
 * 5-word and a 300-character draft, the overlay (panel, chip, popover or findings strip) never
 * covers the composer (centre and corners), its send/attach controls, or the customer's last
 * message: `elementFromPoint` there returns the page's own element, never the overlay's shadow host.
 * Where the layout shows the chip, the popover it expands into is checked too, and so is a scrolled
 * page. One browser per viewport; the fixtures are visited in turn.
 */
const VIEWPORTS = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const SHORT_DRAFT = 'Здравствуйте, уже проверяем ваш заказ';
const LONG_DRAFT = 'Здравствуйте! Спасибо, что написали. Мы уже проверяем ваш заказ и вернёмся с ответом в течение часа. '.repeat(4).slice(0, 300);
const DRAFTS = [['5 words', SHORT_DRAFT], ['300 chars', LONG_DRAFT]] as const;

async function typeDraft(page: Page, c: PlacementCase, draft: string) {
  await page.locator(c.composer).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(draft);
  await settled(page);
}

/** Placement follows the page within an animation frame; findings arrive a little later. */
async function settled(page: Page) {
  await page.waitForTimeout(250);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Scrolls the page (where it scrolls) and returns how far it went, so the caller can scroll back. */
async function scrollPage(page: Page, by: number): Promise<number> {
  return page.evaluate((dy) => {
    const before = scrollY;
    scrollBy(0, dy);
    return scrollY - before;
  }, by);
}

async function open(page: Page, context: BrowserContext, c: PlacementCase, origins: { demo: string; fixtures: string }) {
  if (c.fixture === 'demo') await page.goto(`${origins.demo}/index.html`);
  else if (c.fixture === 'local') await page.goto(`${origins.fixtures}/${c.url}`);
  else {
    await routeSite(context, c.url, c.fixture);
    await page.goto(c.url);
  }
  if (c.openComposer) await page.locator(c.openComposer).click();
  await page.locator(c.composer).first().click();
  await expect(page.getByTestId('trustops-panel').or(page.getByTestId('trustops-chip')).first()).toBeVisible({ timeout: 10_000 });
}

for (const viewport of VIEWPORTS) {
  test.describe(`placement at ${viewport.width}×${viewport.height}`, () => {
    let context: BrowserContext;
    let profile: string;
    let demoServer: StaticServer;
    let fixtureServer: StaticServer;
    test.beforeAll(async () => {
      profile = mkdtempSync(join(tmpdir(), 'trustops-place-'));
      context = await launchWithExtension(profile);
      demoServer = await serveFolder('test/demo/site');
      fixtureServer = await serveFolder('test/fixtures');
    });
    test.afterAll(async () => {
      await context?.close().catch(() => {});
      await demoServer?.close();
      await fixtureServer?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    test('the overlay never covers the composer, its controls or the last customer message', async () => {
      test.setTimeout(240_000);
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      // Every problem of every fixture is collected, so one run shows them all.
      const failures: string[] = [];
      const record = async (c: PlacementCase, state: string) => {
        for (const point of await coveredPoints(page, c)) failures.push(`${c.name} (${state}): overlay covers ${point}`);
        for (const problem of await panelFitProblems(page)) failures.push(`${c.name} (${state}): ${problem}`);
      };
      const chip = page.getByTestId('trustops-chip');
      for (const c of PLACEMENT_CASES) {
        await open(page, context, c, { demo: demoServer.origin, fixtures: fixtureServer.origin });
        let chipShown = false;
        for (const [label, draft] of DRAFTS) {
          await typeDraft(page, c, draft);
          const mode = (await chip.isVisible()) ? 'chip' : 'panel';
          chipShown ||= mode === 'chip';
          await record(c, `${label}, ${mode}`);
        }
        // Re-placed on scroll: the composer moves, the overlay follows it and still covers nothing.
        const scrolled = await scrollPage(page, 160);
        if (scrolled) {
          await settled(page);
          await record(c, 'scrolled');
          await scrollPage(page, -scrolled);
        }
        if (!chipShown) continue;
        // The chip says what it holds (every fixture's thread waits on the customer: its clock runs),
        // then expands into the popover, which also keeps off.
        await expect(chip.getByTestId('trustops-chip-suggestions')).toBeVisible();
        await expect(chip.getByTestId('trustops-chip-timer')).toBeVisible();
        await expect(chip).toHaveAccessibleName(/^Expand the TrustOps panel\. Replies: \d+\. Findings: \d+\. (.+ left|Overdue by .+)$/);
        await chip.click();
        await expect(page.getByTestId('trustops-panel')).toBeVisible();
        for (const [label, draft] of [...DRAFTS].reverse()) {
          await typeDraft(page, c, draft);
          await record(c, `${label}, popover`);
        }
        // Collapsed by hand, the chip opens into the popover again (and the site keeps it expanded).
        await page.getByTestId('trustops-collapse').click();
        await chip.click();
        await expect(page.getByTestId('trustops-panel')).toBeVisible();
      }
      await page.close();
      expect(failures).toEqual([]);
    });
  });
}

test.describe('Esc in the composer', () => {
  test('closes the open panel, as its footer promises; leaves the key to the page otherwise', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'trustops-place-'));
    const context = await launchWithExtension(profile);
    const server = await serveFolder('test/demo/site');
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${server.origin}/index.html`);
      await page.evaluate(() => {
        (window as unknown as { escSeen: boolean[] }).escSeen = [];
        // The page's own handler still hears the key; it records whether the default was taken.
        addEventListener('keydown', (e) => e.key === 'Escape' && (window as unknown as { escSeen: boolean[] }).escSeen.push(e.defaultPrevented));
      });
      await page.locator('#reply').click();
      const panel = page.getByTestId('trustops-panel');
      await expect(panel).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(page.locator('#reply')).toBeFocused();
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (window as unknown as { escSeen: boolean[] }).escSeen)).toEqual([true, false]);
    } finally {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
