import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { PackHost, TEAM_PACK_V1, TEAM_PACK_V2 } from '../e2e/support/pack-host';
import { FIREFOX_TEST_EXTENSION_DIR, launchFirefoxWithExtension, newTab, openExtensionPage, until, type FirefoxWithExtension } from './support/firefox';

/**
 * The subscription flow of test/e2e/subscriptions.spec.ts in a real Firefox: subscribe in the
 * dashboard (the origin's optional host permission is requested and, with prompts off, granted),
 * suggestions come from the pack, a changed file is picked up with what changed, a broken update
 * keeps the previous version with the reason, unsubscribe removes the pack.
 */
let firefox: FirefoxWithExtension;
let host: PackHost;
let dashboard: Page;

beforeAll(async () => {
  host = new PackHost();
  await host.start();
  host.publish(TEAM_PACK_V1);
  firefox = await launchFirefoxWithExtension(FIREFOX_TEST_EXTENSION_DIR, { grantOptionalPermissions: true });
  dashboard = await newTab(firefox.browser);
  await openExtensionPage(firefox.browser, dashboard, `${firefox.extensionOrigin}/options.html?lang=ru#library`);
});

afterAll(async () => {
  await firefox?.close();
  await host?.close();
});

/** What the background suggests for a customer message (the request the panel sends). */
const suggestedTitles = (text: string) =>
  dashboard.evaluate(async (message) => {
    const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data: { suggestions: { title: string }[] } }> } } }).browser;
    const reply = await api.runtime.sendMessage({ type: 'suggest', text: message, platform: 'generic', k: 3 });
    return reply.ok ? reply.data.suggestions.map((s) => s.title) : [];
  }, text);

const rowAttribute = (name: string) =>
  dashboard.$eval('[data-testid="trustops-subscription"]', (row, name) => row.getAttribute(name), name).catch(() => null);
const rowText = (testId: string) =>
  dashboard.$eval(`[data-testid="trustops-subscription"] [data-testid="${testId}"]`, (el) => el.textContent ?? '').catch(() => '');
const rows = () => dashboard.$$eval('[data-testid="trustops-subscription"]', (all) => all.length);
const click = async (testId: string) => (await dashboard.waitForSelector(`[data-testid="${testId}"]:not([disabled])`))!.click();

/** Polls until `read` passes `check`; throws with the last value. */
async function untilTrue<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(last)} after ${timeout} ms`);
    await new Promise((ok) => setTimeout(ok, 150));
    last = await read();
  }
  return last;
}

describe('Firefox: team pack subscriptions', () => {
  it('subscribe → suggestions from the pack; an update shows what changed; a broken update keeps the previous version; unsubscribe removes it', async () => {
    const input = (await dashboard.waitForSelector('[data-testid="trustops-subscribe-url"]'))!;
    await input.type(host.url);
    await click('trustops-subscribe');
    await until(rowAttribute.bind(null, 'data-state'), 'ok', 15_000);
    await untilTrue(() => suggestedTitles('У вас есть овсяное молоко?'), (titles) => titles.includes('Овсяное молоко есть'));

    host.publish(TEAM_PACK_V2);
    await click('trustops-subscription-refresh');
    await untilTrue(() => rowText('trustops-subscription-change'), (text) => text.includes('добавлено 1, изменено 1, удалено 1'));
    await untilTrue(() => suggestedTitles('Можно прийти с собакой?'), (titles) => titles.includes('Можно с собакой'));

    host.version += 1;
    host.mode = '500';
    await click('trustops-subscription-refresh');
    const warning = await untilTrue(() => rowText('trustops-subscription-warning'), (text) => text.includes('действует прежняя версия'));
    expect(warning).toMatch(/HTTP 500/);
    expect(await rowAttribute('data-state')).toBe('warning');
    expect(await suggestedTitles('Можно прийти с собакой?')).toContain('Можно с собакой');

    await click('trustops-subscription-remove');
    await untilTrue(rows, (count) => count === 0);
    await untilTrue(() => suggestedTitles('Можно прийти с собакой?'), (titles) => !titles.includes('Можно с собакой'));
  });
});
