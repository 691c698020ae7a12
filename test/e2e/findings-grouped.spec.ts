import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { writeSettings } from './support/settings';

/**
 * A draft with many findings stays readable: one group per category with its count, the worst
 * group first, one line per finding (details on demand), a list of capped height with its own
 * scroll and a "N more" cue, so the suggestions and the timer stay in view; "fix all" writes
 * every fix at once and can be undone. In the panel, and in the strip under the composer.
 */
const PAGE = 'pages/generic-react.html';
// 8 findings in 5 categories: a card number and a phone number (block; the phone has no fix);
// «гарантируем» (warn); «напиши», «ты сам», «проверь» (warn); «ВНИМАНИЕ», «!!!» (info).
const DRAFT = 'ВНИМАНИЕ!!! Мы гарантируем возврат, напиши нам. Карта 4111 1111 1111 1111, ты сам проверь. Звоните +7 916 123-45-67.';
const FIXED = 'Внимание! Мы постараемся обеспечить возврат, напишите нам. Карта •••• •••• •••• 1111, вы сами проверьте. Звоните +7 916 123-45-67.';
const GROUPS = ['pii.card:1', 'pii.phone:1', 'overpromise:1', 'address-form:3', 'shouting:2'];

const groups = (scope: Page | Locator) => scope.getByTestId('trustops-finding-group');
const findings = (scope: Page | Locator) => scope.getByTestId('trustops-finding');
const groupSummary = (scope: Page | Locator) =>
  groups(scope).evaluateAll((all) => all.map((g) => `${g.getAttribute('data-category')}:${g.getAttribute('data-count')}`));

/** Serious and critical axe findings in the overlay (contrast AA among them), as "rule: target" lines. */
async function overlayViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('trustops-overlay').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

/** Clicks "N more" until no finding is cut off; returns how often it took. */
async function revealAll(scope: Page | Locator): Promise<number> {
  const more = scope.getByTestId('trustops-findings-more');
  let clicks = 0;
  while ((await more.count()) > 0 && clicks < 10) {
    await more.click();
    clicks++;
  }
  await expect(more).toHaveCount(0);
  return clicks;
}

test('8 findings: grouped with counts, worst first, one line each, capped with a "N more" cue; suggestions and timer stay in view; fix all and undo', async ({
  context,
  extensionId,
  fixtureUrl,
}) => {
  await writeSettings(context, extensionId, { language: 'ru' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(fixtureUrl(PAGE));
  const composer = page.getByTestId('composer');
  await composer.click();
  const panel = page.getByTestId('trustops-panel');
  await expect(panel).toBeVisible();
  await page.keyboard.type(DRAFT);

  await expect(findings(panel)).toHaveCount(8);
  await expect.poll(() => groupSummary(panel)).toEqual(GROUPS);
  await expect(groups(panel).first()).toHaveClass(/\bblock\b/);
  // Category names in plain language, never ids.
  const names = await panel.locator('.group-name').allInnerTexts();
  expect(names).toHaveLength(5);
  for (const name of names) expect(name).not.toMatch(/^(pii\.card|pii\.phone|overpromise|address-form|shouting)$/);

  // One line per finding: severity sign, the flagged words, the reason cut with an ellipsis.
  for (const height of await findings(panel).evaluateAll((all) => all.map((f) => f.getBoundingClientRect().height)))
    expect(height).toBeLessThanOrEqual(34);
  const message = findings(panel).nth(2).locator('.finding-message');
  expect(await message.evaluate((m) => getComputedStyle(m).textOverflow)).toBe('ellipsis');

  // The list scrolls on its own; the cue says how many are cut off, and the suggestions and the
  // timer below stay in view.
  const area = panel.getByTestId('trustops-findings');
  await page.screenshot({ path: '/tmp/findings-shot.png', clip: (await panel.boundingBox())! });
  expect(await area.evaluate((a) => a.scrollHeight > a.clientHeight)).toBe(true);
  const more = panel.getByTestId('trustops-findings-more');
  await expect(more).toBeInViewport();
  await expect(more).toHaveText(/(Ещё \d+ замечани|\d+ more finding)/);
  const cut = Number(await more.getAttribute('data-count'));
  const below = await area.evaluate((a) => {
    const bottom = a.getBoundingClientRect().bottom;
    return [...a.querySelectorAll('[data-testid="trustops-finding"]')].filter((f) => f.getBoundingClientRect().bottom > bottom + 2).length;
  });
  expect(cut).toBe(below);
  expect(cut).toBeGreaterThan(0);
  await expect(page.getByTestId('trustops-suggestion').first()).toBeInViewport();
  await expect(panel.getByTestId('trustops-sla').first()).toBeInViewport();

  // The cue scrolls the next findings into view and puts the keyboard there.
  expect(await revealAll(panel)).toBeGreaterThan(0);
  await expect(findings(panel).last()).toBeInViewport({ ratio: 1 });
  await expect(findings(panel).last()).toHaveAttribute('data-category', 'shouting');
  await expect(panel.locator('[data-testid="trustops-finding-toggle"]:focus')).toHaveCount(1);
  await expect(page.getByTestId('trustops-suggestion').first()).toBeInViewport();

  // Details on demand, by keyboard: Space opens, Enter closes.
  await area.evaluate((a) => (a.scrollTop = 0));
  const card = findings(panel).first();
  const toggle = card.getByTestId('trustops-finding-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(card.getByTestId('trustops-finding-excerpt')).toHaveCount(0);
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByTestId('trustops-finding-excerpt')).toContainText('4111 1111 1111 1111');
  await expect(card.getByTestId('trustops-fix')).toBeVisible();
  await expect(card.getByTestId('trustops-fix-named')).toHaveText(/•••• •••• •••• 1111/);
  await expect(card.getByTestId('trustops-ignore-once')).toBeVisible();
  await page.screenshot({ path: '/tmp/findings-shot-open.png', clip: (await panel.boundingBox())! });
  // Opened details, the sign buttons, the group counts and the cue: all readable (AA) and named.
  await expect(panel.getByTestId('trustops-findings-more')).toBeVisible();
  expect(await overlayViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(card.getByTestId('trustops-finding-excerpt')).toHaveCount(0);

  // Every fix at once, into React's own state; the phone number has no fix and stays.
  await expect(panel.getByTestId('trustops-fix-all')).toHaveText(/\(7\)/);
  await panel.getByTestId('trustops-fix-all').click();
  await expect(page.getByTestId('react-state')).toHaveText(FIXED);
  await expect(composer).toHaveValue(FIXED);
  await expect(findings(panel)).toHaveCount(1);
  await expect(findings(panel)).toHaveAttribute('data-category', 'pii.phone');
  await expect(panel.getByTestId('trustops-fix-all')).toHaveCount(0);

  // …and undone: the words come back, and so do the findings.
  await expect(panel.getByTestId('trustops-fix-all-done')).toContainText('7');
  expect(await overlayViolations(page)).toEqual([]);
  await panel.getByTestId('trustops-fix-all-undo').click();
  await expect(page.getByTestId('react-state')).toHaveText(DRAFT);
  await expect(composer).toHaveValue(DRAFT);
  await expect(findings(panel)).toHaveCount(8);
  await expect(panel.getByTestId('trustops-fix-all-undo')).toHaveCount(0);

  // Undo is offered only while the draft is as "fix all" left it.
  await panel.getByTestId('trustops-fix-all').click();
  await expect(composer).toHaveValue(FIXED);
  await composer.press('End');
  await page.keyboard.type(' Спасибо');
  await expect(panel.getByTestId('trustops-fix-all-undo')).toHaveCount(0);
});

test('in the strip under the composer the cue shows what is cut off and scrolls to it', async ({ context, extensionId, fixtureUrl }) => {
  await writeSettings(context, extensionId, { autoOpenPanel: false, language: 'en' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(fixtureUrl(PAGE));
  await page.getByTestId('composer').click();
  await page.keyboard.type(DRAFT);

  const strip = page.getByTestId('trustops-strip');
  await expect(strip).toBeVisible();
  await expect(findings(strip)).toHaveCount(8);
  await expect.poll(() => groupSummary(strip)).toEqual(GROUPS);
  const more = strip.getByTestId('trustops-findings-more');
  await expect(more).toBeInViewport({ ratio: 1 });
  await expect(more).toHaveText(/\d+ more finding/);
  await expect(findings(strip).last()).not.toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: '/tmp/findings-strip-shot.png', clip: (await strip.boundingBox())! });
  await revealAll(strip);
  await expect(findings(strip).last()).toBeInViewport({ ratio: 1 });
});

test('in a contenteditable, "fix all" and its undo go through the editor and reach the page', async ({ context, fixtureUrl }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('pages/generic-contenteditable.html'));
  await page.getByTestId('composer').click();
  const panel = page.getByTestId('trustops-panel');
  await expect(panel).toBeVisible();
  await page.keyboard.type(DRAFT);
  await expect(findings(panel)).toHaveCount(8);

  await panel.getByTestId('trustops-fix-all').click();
  await expect(page.getByTestId('mirror')).toHaveText(FIXED);
  await expect(findings(panel)).toHaveCount(1);
  await panel.getByTestId('trustops-fix-all-undo').click();
  await expect(page.getByTestId('mirror')).toHaveText(DRAFT);
  await expect(findings(panel)).toHaveCount(8);
  await expect(panel.getByTestId('trustops-fix-failed')).toHaveCount(0);
});
