import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test as granted } from './support/loopback-granted';
import { PackHost, TEAM_PACK_V1, TEAM_PACK_V2, type PackHostMode } from './support/pack-host';
import { generatePackKeys, signPack } from '../../lib/pack/signature';

/**
 * Team pack subscriptions in real Chromium against a local static host that serves ETags: subscribe
 * in the dashboard, suggestions come from the pack, a changed file is picked up with what changed,
 * broken updates keep the previous version with the reason, unsubscribe removes the pack (Undo
 * brings it back). The origin's host permission is granted at install (see extension-copy.ts).
 */

type Mode = PackHostMode;
const PACK_V1 = TEAM_PACK_V1;
const PACK_V2 = TEAM_PACK_V2;

const test = granted.extend<{ dashboard: Page }>({
  dashboard: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html?lang=ru#library`);
    await use(page);
  },
});

/** What the background suggests for a customer message (the same request the panel sends). */
const suggestedTitles = (page: Page, text: string) =>
  page.evaluate(async (message) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data: { suggestions: { title: string }[] } }> } } };
    const reply = await chrome.runtime.sendMessage({ type: 'suggest', text: message, platform: 'generic', k: 3 });
    return reply.ok ? reply.data.suggestions.map((s) => s.title) : [];
  }, text);

/** The bodies of what the background suggests (to tell a forged reply text from the signed one). */
const suggestedBodies = (page: Page, text: string) =>
  page.evaluate(async (message) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data: { suggestions: { body: string }[] } }> } } };
    const reply = await chrome.runtime.sendMessage({ type: 'suggest', text: message, platform: 'generic', k: 3 });
    return reply.ok ? reply.data.suggestions.map((s) => s.body) : [];
  }, text);

/** A request to the background as the dashboard sends it; fails the test when refused. */
async function sendMessage(page: Page, message: object): Promise<void> {
  const reply = await page.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; error?: string }> } } };
    return chrome.runtime.sendMessage(m);
  }, message);
  expect(reply.ok, reply.error).toBe(true);
}

let host: PackHost;
test.beforeEach(async () => {
  host = new PackHost();
  await host.start();
  host.publish(PACK_V1);
});
test.afterEach(() => host.close());

test('subscribe → suggestions from the pack; a changed file is picked up with what changed; unsubscribe removes it, Undo restores', async ({ dashboard }) => {
  await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
  await dashboard.getByTestId('trustops-subscribe').click();
  const row = dashboard.getByTestId('trustops-subscription');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Команда кофейни');
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(row.getByTestId('trustops-subscription-change')).toContainText('ответов — 3');
  await expect.poll(() => suggestedTitles(dashboard, 'У вас есть овсяное молоко?')).toContain('Овсяное молоко есть');

  // Read-only in the library; an editable copy on request.
  await dashboard.getByRole('button', { name: /Команда кофейни/ }).first().click();
  await expect(dashboard.getByText('Пакет из подписки — только чтение')).toBeVisible();
  await expect(dashboard.getByRole('button', { name: /^Изменить/ })).toHaveCount(0);

  // The lead publishes a new version: refresh shows what changed, suggestions follow.
  host.publish(PACK_V2);
  await row.getByRole('button', { name: 'Обновить' }).click();
  const change = row.getByTestId('trustops-subscription-change');
  await expect(change).toContainText('добавлено 1, изменено 1, удалено 1');
  await change.locator('summary').click();
  await expect(change).toContainText('Можно с собакой');
  await expect(change).toContainText('Парковка у кофейни');
  await dashboard.locator('.card.subscriptions').screenshot({ path: test.info().outputPath('subscriptions.png') });
  await expect.poll(() => suggestedTitles(dashboard, 'Можно прийти с собакой?')).toContain('Можно с собакой');
  expect(await suggestedTitles(dashboard, 'Где припарковаться у кофейни?')).not.toContain('Парковка у кофейни');

  // Unchanged file: a conditional request, answered 304.
  host.requests.length = 0;
  await row.getByRole('button', { name: 'Обновить' }).click();
  await expect.poll(() => host.requests.length).toBe(1);
  expect(host.requests[0]?.inm).toBe(`"v${host.version}"`);
  await expect(row).toHaveAttribute('data-state', 'ok');

  await row.getByRole('button', { name: 'Отписаться' }).click();
  await expect(row).toHaveCount(0);
  await expect.poll(() => suggestedTitles(dashboard, 'Можно прийти с собакой?')).not.toContain('Можно с собакой');
  await dashboard.getByRole('button', { name: 'Отменить' }).click();
  await expect(dashboard.getByTestId('trustops-subscription')).toHaveCount(1);
  await expect.poll(() => suggestedTitles(dashboard, 'Можно прийти с собакой?')).toContain('Можно с собакой');
});

test('a broken update keeps the previous version with the reason: invalid JSON, schema error, 500, timeout, over the size limit; 304 keeps it quietly', async ({ dashboard }) => {
  await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
  await dashboard.getByTestId('trustops-subscribe').click();
  const row = dashboard.getByTestId('trustops-subscription');
  await expect(row).toHaveAttribute('data-state', 'ok');
  const warning = row.getByTestId('trustops-subscription-warning');

  const cases: [Mode, RegExp][] = [
    ['invalid-json', /это не JSON/],
    ['schema', /не подходит как пакет TrustOps/],
    ['500', /ошибкой \(HTTP 500/],
    ['timeout', /не ответил вовремя/],
    ['too-large', /слишком большой/],
  ];
  for (const [mode, reason] of cases) {
    host.version += 1; // a new ETag: the server has "something new"
    host.mode = mode;
    await row.getByRole('button', { name: 'Обновить' }).click();
    await expect(warning, mode).toContainText('действует прежняя версия', { timeout: 10_000 });
    await expect(warning, mode).toContainText(reason);
    await expect(row).toHaveAttribute('data-state', 'warning');
    expect(await suggestedTitles(dashboard, 'У вас есть овсяное молоко?'), mode).toContain('Овсяное молоко есть');
  }

  // The host recovers: the warning goes away.
  host.publish(PACK_V1);
  await row.getByRole('button', { name: 'Обновить' }).click();
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(warning).toHaveCount(0);

  host.mode = 'not-modified';
  await row.getByRole('button', { name: 'Обновить' }).click();
  await expect(row).toHaveAttribute('data-state', 'ok');
  expect(await suggestedTitles(dashboard, 'У вас есть овсяное молоко?')).toContain('Овсяное молоко есть');
});

test('a bad address is refused with a plain message and nothing is stored', async ({ dashboard }) => {
  await dashboard.getByTestId('trustops-subscribe-url').fill('http://team.example/pack.json');
  await dashboard.getByTestId('trustops-subscribe').click();
  await expect(dashboard.getByRole('alert')).toContainText('https://');
  await expect(dashboard.getByTestId('trustops-subscription')).toHaveCount(0);
});

test('a pinned key: the signed pack is taken; a tampered or unsigned update keeps the previous version with the reason', async ({ dashboard }) => {
  const keys = await generatePackKeys();
  const signedV1 = (await signPack(PACK_V1, keys.privateKey, keys.publicKey)) as typeof PACK_V1;
  host.publish(signedV1);
  await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
  // A mistyped key is refused at once, before anything is stored.
  await dashboard.getByTestId('trustops-subscribe-key').fill(keys.publicKey.slice(0, 30));
  await dashboard.getByTestId('trustops-subscribe').click();
  await expect(dashboard.getByRole('alert')).toContainText('открытый ключ Ed25519');
  await expect(dashboard.getByTestId('trustops-subscription')).toHaveCount(0);

  await dashboard.getByTestId('trustops-subscribe-key').fill(keys.publicKey);
  await dashboard.getByTestId('trustops-subscribe').click();
  const row = dashboard.getByTestId('trustops-subscription');
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(row.getByTestId('trustops-subscription-pinned')).toHaveText(`подписан ✓ ключ ${keys.publicKey.slice(0, 8)}…`);
  await expect.poll(() => suggestedBodies(dashboard, 'У вас есть овсяное молоко?')).toContain(PACK_V1.replies[0]!.body);
  const warning = row.getByTestId('trustops-subscription-warning');

  // Someone changes one reply's text in the signed file and keeps the old signature: refused.
  const forged = 'Овсяного молока нет, и не будет.';
  host.publish({ ...signedV1, replies: signedV1.replies.map((reply, i) => (i === 0 ? { ...reply, body: forged } : reply)) });
  await row.getByTestId('trustops-subscription-refresh').click();
  await expect(warning).toContainText('действует прежняя версия');
  await expect(warning).toContainText('подпись не совпадает с закреплённым ключом');
  await expect(warning).toContainText('файл изменён после подписи');
  await expect(row).toHaveAttribute('data-state', 'warning');
  const bodies = await suggestedBodies(dashboard, 'У вас есть овсяное молоко?');
  expect(bodies).toContain(PACK_V1.replies[0]!.body);
  expect(bodies).not.toContain(forged);

  // A file with a reply slipped in is refused the same way.
  host.publish({ ...signedV1, replies: [...signedV1.replies, { id: 'pets', title: 'Можно с собакой', body: 'С собаками можно.' }] });
  await row.getByTestId('trustops-subscription-refresh').click();
  await expect(warning).toContainText('файл изменён после подписи');
  expect(await suggestedTitles(dashboard, 'Можно прийти с собакой?')).not.toContain('Можно с собакой');

  // An unsigned file is refused as well.
  host.publish(PACK_V2);
  await row.getByTestId('trustops-subscription-refresh').click();
  await expect(warning).toContainText('файл не подписан');
  expect(await suggestedTitles(dashboard, 'Можно прийти с собакой?')).not.toContain('Можно с собакой');

  // The lead signs the new version: taken.
  host.publish(await signPack(PACK_V2, keys.privateKey, keys.publicKey));
  await row.getByTestId('trustops-subscription-refresh').click();
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(warning).toHaveCount(0);
  await expect.poll(() => suggestedTitles(dashboard, 'Можно прийти с собакой?')).toContain('Можно с собакой');
});

test('publish: the dashboard downloads the pack ready to host, the CLI signs it, a pinned subscriber takes it with the team profile', async ({ dashboard }) => {
  await sendMessage(dashboard, { type: 'library.import', pack: { ...PACK_V1, id: 'lead', name: 'Пакет руководителя' }, origin: { source: 'file' } });
  await sendMessage(dashboard, { type: 'settings.save', changes: { profile: { addressForm: 'ty', brandNames: ['ЗЕРНО'] } } });
  await dashboard.reload();
  await dashboard.getByRole('button', { name: /Пакет руководителя/ }).first().click();
  await dashboard.getByTestId('trustops-publish-pack').click();
  await expect(dashboard.getByRole('dialog')).toContainText('pack sign');
  await dashboard.getByTestId('trustops-publish-revision').fill('2026.12.1');
  await dashboard.getByTestId('trustops-publish-profile').check();
  const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('trustops-publish-download').click()]);
  expect(download.suggestedFilename()).toBe('lead.json');
  const dir = mkdtempSync(join(tmpdir(), 'trustops-publish-'));
  const packFile = join(dir, 'lead.json');
  await download.saveAs(packFile);
  const published = JSON.parse(readFileSync(packFile, 'utf8'));
  expect(published).toMatchObject({ id: 'lead', revision: '2026.12.1', profile: { addressForm: 'ty', brandNames: ['ЗЕРНО'] } });
  expect(Date.now() - Date.parse(published.updatedAt)).toBeLessThan(120_000);
  expect(published.signature).toBeUndefined();
  expect(published.slaPolicy).toBeUndefined();

  // The lead's terminal, as the hint says: keygen, sign; the signed text is hosted byte for byte.
  const cli = (...argv: string[]) => execFileSync('npm', ['run', '-s', 'cli', '--', ...argv], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const publicKey = cli('pack', 'keygen', '--out', join(dir, 'team-key.json')).trim();
  host.publish(cli('pack', 'sign', packFile, '--key', join(dir, 'team-key.json')));
  rmSync(dir, { recursive: true, force: true });

  await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
  await dashboard.getByTestId('trustops-subscribe-key').fill(publicKey);
  await dashboard.getByTestId('trustops-subscribe').click();
  const row = dashboard.getByTestId('trustops-subscription');
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(row.getByTestId('trustops-subscription-pinned')).toBeVisible();
  await expect(row.getByTestId('trustops-subscription-applies')).toHaveText('Задаёт профиль бренда команды.');
});

test('a team pack with a brand profile and an SLA policy sets them in the subscriber\'s settings', async ({ dashboard }) => {
  host.publish({
    ...PACK_V1,
    profile: { addressForm: 'ty', brandNames: ['ЗЕРНО'] },
    slaPolicy: { timezone: 'Asia/Yekaterinburg', firstReplyMinutes: 15, nextReplyMinutes: 45 },
  });
  await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
  await dashboard.getByTestId('trustops-subscribe').click();
  const row = dashboard.getByTestId('trustops-subscription');
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(row.getByTestId('trustops-subscription-applies')).toHaveText('Задаёт профиль бренда и политику SLA команды.');
  const settings = await dashboard.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data: { settings: { profile: { addressForm: string; brandNames: string[] }; slaPolicy?: { timezone: string; firstReplyMinutes: number } } } }> } } };
    return (await chrome.runtime.sendMessage({ type: 'settings.save', changes: {} })).data.settings;
  });
  expect(settings.profile).toMatchObject({ addressForm: 'ty', brandNames: ['ЗЕРНО'] });
  expect(settings.slaPolicy).toMatchObject({ timezone: 'Asia/Yekaterinburg', firstReplyMinutes: 15 });
});

test('review before apply: a new version waits with what changed until it is applied or skipped', async ({ dashboard }) => {
  await dashboard.getByTestId('trustops-subscribe-url').fill(host.url);
  await dashboard.getByTestId('trustops-subscribe').click();
  const row = dashboard.getByTestId('trustops-subscription');
  await expect(row).toHaveAttribute('data-state', 'ok');
  await row.getByTestId('trustops-subscription-review').check();
  await expect(row.getByTestId('trustops-subscription-review')).toBeChecked();

  host.publish(PACK_V2);
  await row.getByTestId('trustops-subscription-refresh').click();
  const pending = row.getByTestId('trustops-subscription-pending');
  await expect(pending).toContainText('Новая версия ждёт проверки');
  await expect(pending.getByTestId('trustops-subscription-change')).toContainText('добавлено 1, изменено 1, удалено 1');
  await expect(pending).toContainText('Можно с собакой');
  // Not applied yet.
  expect(await suggestedTitles(dashboard, 'Можно прийти с собакой?')).not.toContain('Можно с собакой');

  await pending.getByTestId('trustops-subscription-apply').click();
  await expect(pending).toHaveCount(0);
  await expect.poll(() => suggestedTitles(dashboard, 'Можно прийти с собакой?')).toContain('Можно с собакой');

  // A version skipped is not proposed again; the next one is.
  host.publish(PACK_V1);
  await row.getByTestId('trustops-subscription-refresh').click();
  await expect(pending).toBeVisible();
  await pending.getByTestId('trustops-subscription-skip').click();
  await expect(pending).toHaveCount(0);
  await row.getByTestId('trustops-subscription-refresh').click();
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(pending).toHaveCount(0);
  expect(await suggestedTitles(dashboard, 'Можно прийти с собакой?')).toContain('Можно с собакой');
});
