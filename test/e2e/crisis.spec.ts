import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PackHost, TEAM_PACK_V1 } from './support/pack-host';
import { routeSite, siteFixtureHtml, stampTelegramTimesNow } from './support/site-routes';
import { serveFolder, type StaticServer } from './support/static-server';
import { mergeSettings } from './support/settings';
import { test as granted } from './support/loopback-granted';

/**
 * Crisis mode end to end (issue 13.1) in real Chromium, on Telegram Web K's fixture at its real
 * address: switching it on in the dashboard puts the playbook's holding statements first among the
 * suggestions, turns a joke with an emoji in the draft into a block finding, tightens the timer and
 * shows the banner; a reply sent meanwhile lands in the crisis log and its CSV export; switching it
 * off restores all four. A subscribed team pack that declares a crisis turns it on after a refresh.
 */

const URL = 'https://web.telegram.org/k/#@zernoipar';
const THREAD = 'telegram:k:@zernoipar';
const CHAT_PEER = '-1001987654321';
const COMPOSER = '.chat-input .input-message-input:not(.input-field-input-fake)';
/** 24/7 in UTC: the next-reply clock (120 min) started 2 min before the page opened. */
const POLICY = { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 120, warnRatio: 0.75 };
const JOKE_DRAFT = 'Ахаха, всё уже работает 😂';
const REASON = 'Сбой оплаты в приложении';
const CONTACT = 'PR: @anna_pr';
/** The Russian holding statements of the default playbook (lib/crisis/playbook.json). */
const HOLDING_TITLES = /^(Сбой: первое сообщение|Слухи об утечке: первое сообщение|Вирусная жалоба: первое сообщение|Взлом аккаунта бренда: первое сообщение)$/;

async function openChat(context: BrowserContext): Promise<Page> {
  const body = stampTelegramTimesNow(siteFixtureHtml('telegram-k.html'), CHAT_PEER, Date.now());
  await routeSite(context, URL, 'telegram-k.html', () => body);
  const page = await context.newPage();
  await page.goto(URL);
  await page.locator(COMPOSER).click();
  await expect(page.getByTestId('trustops-panel')).toHaveAttribute('data-thread-id', THREAD);
  return page;
}

const panelOf = (page: Page) => page.getByTestId('trustops-panel');
const bannerOf = (page: Page) => page.getByTestId('trustops-crisis-banner');
const timerOf = (page: Page) => page.getByTestId('trustops-sla');
const suggestionTitles = (page: Page) => page.getByTestId('trustops-suggestion').locator('.option-title').allTextContents();
const crisisBlock = (page: Page) => page.locator('[data-testid="trustops-finding"][data-category="crisis"][data-severity="block"]');

test('crisis mode reorders suggestions, blocks a joke with an emoji, tightens the timer, shows the banner and logs replies; off restores all four', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/popup.html`);
  await mergeSettings(helper, { language: 'ru', slaPolicy: POLICY });
  await helper.close();

  const chat = await openChat(context);
  await expect(timerOf(chat)).toHaveText(/^осталось 1 ч 5[6-8] мин$/);
  await expect(bannerOf(chat)).toHaveCount(0);
  await chat.keyboard.type(JOKE_DRAFT);
  await expect(chat.getByTestId('trustops-tone-status')).toBeVisible();
  // Outside a crisis a joke with an emoji is allowed: no crisis finding, nothing blocks the send.
  await expect(crisisBlock(chat)).toHaveCount(0);
  await expect(chat.getByTestId('trustops-tone-status')).not.toHaveAttribute('data-status', 'blocked');
  await expect.poll(() => suggestionTitles(chat)).toBeTruthy();
  const usual = await suggestionTitles(chat);
  expect(usual.some((title) => HOLDING_TITLES.test(title))).toBe(false);

  // On, from the dashboard's crisis card, with a reason, an end time and a contact.
  // The dashboard opens after the language was set: a language change reloads an open one.
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/options.html?lang=ru#settings`);
  const card = dashboard.getByTestId('trustops-crisis-card');
  await expect(card.getByTestId('trustops-crisis-status')).toHaveText('Выключен.');
  await card.getByTestId('trustops-crisis-reason').fill(REASON);
  await card.getByTestId('trustops-crisis-ends').fill('2099-12-31T18:00');
  await card.getByTestId('trustops-crisis-contacts').fill(CONTACT);
  await card.getByTestId('trustops-crisis-toggle').click();
  await expect(card.getByTestId('trustops-crisis-status')).toContainText('Включён', { timeout: 15_000 }); // a worker's first save can be slow
  await chat.bringToFront();

  // The banner: the reason, the end time, the contacts.
  await expect(bannerOf(chat)).toBeVisible();
  await expect(bannerOf(chat)).toHaveAttribute('role', 'status');
  await expect(bannerOf(chat)).toContainText(REASON);
  await expect(bannerOf(chat)).toContainText(CONTACT);
  await expect(chat.getByTestId('trustops-crisis-banner-until')).toContainText('31.12.2099');
  // The playbook's holding statements lead the suggestions.
  await expect.poll(async () => (await suggestionTitles(chat))[0]).toMatch(HOLDING_TITLES);
  // The same draft is now held: a block finding of the crisis rules.
  await expect(crisisBlock(chat).first()).toBeVisible();
  await expect(chat.getByTestId('trustops-tone-status')).toHaveAttribute('data-status', 'blocked');
  // The crisis targets: next reply within 60 working minutes instead of 120.
  await expect(timerOf(chat)).toHaveText(/^осталось 5[6-8] мин$/);
  await panelOf(chat).screenshot({ path: test.info().outputPath('crisis-panel.png') });

  // Off: the banner goes; the suggestions, the findings and the timer are as before.
  await dashboard.bringToFront();
  await card.getByTestId('trustops-crisis-toggle').click();
  await expect(card.getByTestId('trustops-crisis-status')).toHaveText('Выключен.', { timeout: 15_000 });
  await chat.bringToFront();
  await expect(bannerOf(chat)).toHaveCount(0);
  await expect.poll(() => suggestionTitles(chat)).toEqual(usual);
  await expect(crisisBlock(chat)).toHaveCount(0);
  await expect(chat.getByTestId('trustops-tone-status')).not.toHaveAttribute('data-status', 'blocked');
  await expect(timerOf(chat)).toHaveText(/^осталось 1 ч 5[6-8] мин$/);

  // On again (the card keeps the reason and contacts): a reply sent meanwhile (the site renders it)
  // is logged, and the log downloads as CSV.
  await dashboard.bringToFront();
  await card.getByTestId('trustops-crisis-toggle').click();
  await expect(card.getByTestId('trustops-crisis-status')).toContainText('Включён', { timeout: 15_000 });
  await chat.bringToFront();
  await expect(bannerOf(chat)).toBeVisible();
  const reply = 'Приносим извинения за сбой, вернёмся с ответом в течение часа.';
  await chat.evaluate(
    (text) => (window as unknown as { __fixtureAppendMessage(d: string, t: string): string }).__fixtureAppendMessage('out', text),
    reply,
  );
  await expect(timerOf(chat)).toHaveText('Клиент не ждёт ответа');
  await dashboard.bringToFront();
  await expect(card.getByTestId('trustops-crisis-log-count')).toHaveText('В журнале кризиса: 1');
  const [download] = await Promise.all([dashboard.waitForEvent('download'), card.getByTestId('trustops-crisis-export').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('sent_at,platform,site,thread,title,url,reply,crisis_reason,crisis_started_at,declared_by');
  expect(csv).toContain(reply);
  expect(csv).toContain(REASON);
  expect(csv).toContain(THREAD);
});

/** A browser whose test build may reach the local pack host (support/loopback-granted.ts), and the fixture pages. */
const subscribed = granted.extend<object, { pages: StaticServer }>({
  pages: [
    async ({}, use) => {
      const server = await serveFolder('test/fixtures');
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

subscribed('a subscribed pack that declares a crisis turns crisis mode on after a refresh; a version without it turns it off', async ({ context, extensionId, pages }) => {
  subscribed.setTimeout(90_000);
  const host = new PackHost();
  await host.start();
  try {
    host.publish(TEAM_PACK_V1);
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${extensionId}/options.html?lang=ru#library`);
    await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
    await dashboard.getByTestId('trustops-subscribe').click();
    const row = dashboard.getByTestId('trustops-subscription');
    await expect(row).toHaveAttribute('data-state', 'ok');

    const page = await context.newPage();
    await page.goto(`${pages.origin}/pages/generic-contenteditable.html`);
    await page.getByTestId('composer').click();
    await expect(panelOf(page)).toBeVisible();
    await expect(bannerOf(page)).toHaveCount(0);

    // The lead declares a crisis in the next version of the pack; the refresh brings it.
    const endsAt = '2099-06-30T15:00:00.000Z';
    host.publish({ ...TEAM_PACK_V1, crisis: { reason: 'Утечка данных: проверяем', endsAt, contacts: ['Дежурный PR: @duty_pr'] } });
    await row.getByRole('button', { name: 'Обновить' }).click();
    await page.bringToFront();
    await expect(bannerOf(page)).toBeVisible();
    await expect(bannerOf(page)).toContainText('Утечка данных: проверяем');
    await expect(bannerOf(page)).toContainText('Дежурный PR: @duty_pr');
    await expect(bannerOf(page)).toContainText(/объявлен командой|declared by your team/);

    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html?lang=ru#settings`);
    await expect(settings.getByTestId('trustops-crisis-status')).toContainText('Объявлен командой');

    // The lead lifts it: the next version has no declaration, and the crisis ends for the subscriber.
    host.publish(TEAM_PACK_V1);
    await dashboard.bringToFront();
    await row.getByRole('button', { name: 'Обновить' }).click();
    await page.bringToFront();
    await expect(bannerOf(page)).toHaveCount(0);
    await expect(settings.getByTestId('trustops-crisis-status')).toHaveText('Выключен.');
  } finally {
    await context.close(); // the browser's open connections would hold the host's close
    await host.close();
  }
});
