import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * A draft with many findings stays readable in the panel: one group per category with its count,
 * the worst group first, one line per finding (details on demand), a "N more" cue instead of a
 * list that pushes the suggestions out of view, and "fix all" writing every fix at once.
 */
const PAGE = 'pages/generic-react.html';
// 7 findings: a card number (block); «гарантируем» (warn); «напиши», «ты сам», «проверь» (warn); «ВНИМАНИЕ», «!!!» (info).
const DRAFT = 'ВНИМАНИЕ!!! Мы гарантируем возврат, напиши нам. Карта 4111 1111 1111 1111, ты сам проверь.';
const FIXED = 'Внимание! Мы постараемся обеспечить возврат, напишите нам. Карта •••• •••• •••• 1111, вы сами проверьте.';

const groups = (page: Page) => page.getByTestId('trustops-finding-group');
const findings = (page: Page) => page.getByTestId('trustops-finding');

test('findings are grouped by category with counts, worst first, one line each; "N more" and "fix all"', async ({ context, fixtureUrl }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(fixtureUrl(PAGE));
  const composer = page.getByTestId('composer');
  await composer.click();
  await expect(page.getByTestId('trustops-panel')).toBeVisible();
  await page.keyboard.type(DRAFT);

  // Four lines shown, the rest behind the cue; the block group first.
  await expect(findings(page)).toHaveCount(4);
  await expect(groups(page)).toHaveCount(3);
  expect(await groups(page).evaluateAll((all) => all.map((g) => `${g.getAttribute('data-category')}:${g.getAttribute('data-count')}`))).toEqual([
    'pii.card:1',
    'overpromise:1',
    'address-form:3',
  ]);
  await expect(groups(page).first()).toHaveClass(/\bblock\b/);
  const more = page.getByTestId('trustops-findings-more');
  await expect(more).toHaveText(/(Ещё 3 замечания|3 more findings)/);
  // Category names, not ids.
  await expect(groups(page).first()).not.toContainText('pii.card');

  // One line per finding.
  for (const height of await findings(page).evaluateAll((all) => all.map((f) => f.getBoundingClientRect().height)))
    expect(height).toBeLessThanOrEqual(34);

  // The suggestions stay in view under the findings.
  await expect(page.getByTestId('trustops-suggestion').first()).toBeInViewport();

  // Details open on demand, with the words in context and the ignore choices.
  const card = findings(page).first();
  const toggle = card.getByTestId('trustops-finding-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(card.getByTestId('trustops-finding-excerpt')).toHaveCount(0);
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByTestId('trustops-finding-excerpt')).toContainText('4111 1111 1111 1111');
  await expect(card.getByTestId('trustops-ignore-once')).toBeVisible();

  await more.click();
  await expect(findings(page)).toHaveCount(7);
  await expect(groups(page).last()).toHaveAttribute('data-category', 'shouting');
  await expect(groups(page).last()).toHaveAttribute('data-count', '2');
  await page.getByTestId('trustops-panel').screenshot({ path: test.info().outputPath('findings-grouped.png') });

  // Every fix at once, into React's own state.
  await page.getByTestId('trustops-fix-all').click();
  await expect(page.getByTestId('react-state')).toHaveText(FIXED);
  await expect(composer).toHaveValue(FIXED);
  await expect(findings(page)).toHaveCount(0);
});
