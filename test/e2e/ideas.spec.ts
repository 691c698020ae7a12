import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openFromChip } from './support/open-panel';
import { routeSite } from './support/site-routes';

/**
 * Issue 13.2, the feedback loop, on the VK conversation fixture at its real address: a customer's
 * request saved from thread A becomes an idea; a near-duplicate saved from thread B merges into it
 * (2 askers); the dashboard lists it and exports it as CSV; marked done, each asker's thread is
 * offered the «Вы просили — мы сделали» reply, which inserts into the composer.
 */

const THREAD_A = { url: 'https://vk.com/im/convo/123456789', id: 'vk:convo_123456789', peer: '123456789', author: 'Анна Смирнова' };
const THREAD_B = { url: 'https://vk.com/im/convo/987654321', id: 'vk:convo_987654321', peer: '987654321', author: 'Игорь Петров' };
const ASK_A = 'Добавьте, пожалуйста, овсяное молоко в меню — очень не хватает!';
const ASK_B = 'Очень не хватает овсяного молока в меню. Добавите?';
const DONE_NOTE = 'овсяное молоко теперь есть в меню';
const DRAFT = 'Вы просили — мы сделали: овсяное молоко теперь есть в меню. Спасибо, что подсказали!';
const COMPOSER = '.ConvoComposer__input';

type FixtureWindow = { __fixtureAppendMessage(direction: 'in' | 'out', text: string): string; __fixtureOpenThread(peer: string): boolean };

const panelOf = (page: Page) => page.getByTestId('trustops-panel');
const quoteOf = (page: Page) => page.getByTestId('trustops-message').locator('.quote');
/** axe-core's serious and critical findings, as "rule: target" lines. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}
const composerText = (composer: Locator) => composer.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

/** The customer writes `text` in the open conversation; the panel quotes it as the message to answer. */
async function customerWrites(page: Page, text: string) {
  await page.evaluate((t) => (window as unknown as FixtureWindow).__fixtureAppendMessage('in', t), text);
  await expect(quoteOf(page)).toHaveText(text);
}

async function openPanel(page: Page, threadId: string) {
  await page.locator(COMPOSER).click();
  await openFromChip(page);
  await expect(panelOf(page)).toHaveAttribute('data-thread-id', threadId);
}

test('save as idea in two threads → one idea with 2 askers → CSV → done → "we did it" reply in each thread', async ({ context, extensionId }) => {
  test.setTimeout(90_000);
  await routeSite(context, THREAD_A.url, 'vk-convo.html');
  const chat = await context.newPage();
  await chat.goto(THREAD_A.url);
  await openPanel(chat, THREAD_A.id);

  // Thread A: the request becomes a new idea.
  await customerWrites(chat, ASK_A);
  await chat.getByTestId('trustops-save-idea').click();
  await expect(chat.getByTestId('trustops-idea-saved')).toHaveAttribute('data-outcome', 'created');

  // Thread B (the page switches conversations without a load): other words, other word forms — merged.
  expect(await chat.evaluate((peer) => (window as unknown as FixtureWindow).__fixtureOpenThread(peer), THREAD_B.peer)).toBe(true);
  await expect(panelOf(chat)).toHaveAttribute('data-thread-id', THREAD_B.id);
  await customerWrites(chat, ASK_B);
  await chat.getByTestId('trustops-save-idea').click();
  const saved = chat.getByTestId('trustops-idea-saved');
  await expect(saved).toHaveAttribute('data-outcome', 'merged');
  await expect(saved).toHaveAttribute('data-askers', '2');
  await expect(saved).toContainText('2');
  // Saving again from the same thread counts nobody twice.
  await chat.getByTestId('trustops-save-idea').click();
  await expect(saved).toHaveAttribute('data-outcome', 'already');
  await expect(saved).toHaveAttribute('data-askers', '2');

  // The dashboard: one idea, two askers.
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/options.html?lang=en#ideas`);
  const ideas = dashboard.getByTestId('trustops-idea');
  await expect(ideas).toHaveCount(1);
  await expect(ideas.first()).toHaveAttribute('data-askers', '2');
  await expect(ideas.first().locator('input.idea-title')).toHaveValue(ASK_A);
  await expect(dashboard.getByTestId('trustops-ideas-matrix')).toBeVisible();
  await ideas.first().getByTestId('trustops-idea-tags').fill('меню, напитки');
  await ideas.first().getByTestId('trustops-idea-tags').press('Enter');
  await ideas.first().getByTestId('trustops-idea-impact').selectOption('5');
  await expect(ideas.first().getByTestId('trustops-idea-impact')).toHaveValue('5');
  expect(await seriousViolations(dashboard)).toEqual([]);

  // CSV export: the idea with both askers, their names and links.
  const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('trustops-ideas-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^trustops-ideas-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8').trim(), { header: true }).data;
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    title: ASK_A,
    askers: '2',
    status: 'open',
    impact: '5',
    cost: '3',
    tags: 'меню|напитки',
    platforms: 'vk',
    authors: `${THREAD_A.author}|${THREAD_B.author}`,
    links: `${THREAD_A.url}|${THREAD_B.url}`,
  });

  // Marked done, with what was done in the customers' words.
  await ideas.first().getByTestId('trustops-idea-done').click();
  await expect(ideas.first()).toHaveAttribute('data-status', 'done');
  const note = ideas.first().getByTestId('trustops-idea-done-note');
  await note.fill(DONE_NOTE);
  await note.press('Enter');

  // Thread B is still open: the reply is offered there at once, and inserts into the composer.
  await chat.bringToFront();
  const draftB = chat.getByTestId('trustops-idea-done-draft');
  await expect(draftB).toContainText(DRAFT);
  await expect(draftB).toHaveAttribute('data-lang', 'ru');
  expect(await seriousViolations(chat, 'trustops-overlay')).toEqual([]);
  await draftB.getByRole('button', { name: 'Insert' }).click();
  await expect.poll(() => composerText(chat.locator(COMPOSER))).toBe(DRAFT);

  // Thread A, opened afresh: offered there too.
  const chatA = await context.newPage();
  await chatA.goto(THREAD_A.url);
  await openPanel(chatA, THREAD_A.id);
  const draftA = chatA.getByTestId('trustops-idea-done-draft');
  await expect(draftA).toContainText(DRAFT);
  await draftA.getByRole('button', { name: 'Insert' }).click();
  await expect.poll(() => composerText(chatA.locator(COMPOSER))).toBe(DRAFT);

  // Used in both threads: the dashboard counts no reply waiting, and thread B offers it no more.
  await expect(ideas.first()).toContainText('replies waiting in threads: 0');
  await chat.reload(); // at thread B's address
  await openPanel(chat, THREAD_B.id);
  await expect(chat.getByTestId('trustops-idea-done-draft')).toHaveCount(0);

  // Deleting asks nothing and offers Undo, which brings the idea back with its askers.
  await dashboard.bringToFront();
  await ideas.first().getByRole('button', { name: 'Delete' }).click();
  await expect(ideas).toHaveCount(0);
  await dashboard.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(ideas).toHaveCount(1);
  await expect(ideas.first()).toHaveAttribute('data-askers', '2');
  await expect(ideas.first()).toHaveAttribute('data-status', 'done');
});
