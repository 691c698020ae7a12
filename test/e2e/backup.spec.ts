import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './support/browser';
import { extensionCopyGranting } from './support/extension-copy';
import { PackHost, TEAM_PACK_V1 } from './support/pack-host';

/**
 * Backup end to end: a profile populated through the extension's own requests is downloaded from
 * the dashboard, restored into a fresh browser profile, and the two are compared table by table
 * and setting by setting; restoring into a profile with data asks merge or replace, and Undo puts
 * the profile back.
 */
type Reply = { ok: boolean; data?: unknown; error?: string };
const send = (page: Page, message: object) =>
  page.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<Reply> } } };
    return chrome.runtime.sendMessage(m);
  }, message);

/** Every table of the extension's database, read with plain IndexedDB (typed arrays as plain arrays for comparing). */
const dumpDatabase = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const names = [...database.objectStoreNames];
          const tx = database.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = JSON.parse(JSON.stringify(request.result, (_k, v) => (ArrayBuffer.isView(v) ? { typed: v.constructor.name, values: Array.from(v as Uint8Array) } : v)));
            };
          }
          tx.oncomplete = () => {
            database.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

async function openProfile(extensionDir: string): Promise<{ context: BrowserContext; dashboard: Page; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'trustops-backup-'));
  const context = await launchWithExtension(dir, true, extensionDir);
  const id = await extensionIdOf(context);
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${id}/options.html?lang=ru#settings`);
  return { context, dashboard, dir };
}

test('a populated profile restored into a fresh browser profile equals the original; merge/replace and undo', async () => {
  test.setTimeout(120_000);
  const host = new PackHost();
  await host.start();
  host.publish(TEAM_PACK_V1);
  const extensionDir = extensionCopyGranting(['http://127.0.0.1/*']);
  const a = await openProfile(extensionDir);
  const b = await openProfile(extensionDir);
  try {
    // Profile A: a pack, picks (they train the model), a thread, an ignore, an audit record, settings.
    const subscribed = await send(a.dashboard, { type: 'subscription.add', url: host.url });
    expect(subscribed.ok, subscribed.error).toBe(true);
    const pack = {
      name: 'Команда',
      replies: [
        { id: 'late', title: 'Задержка', body: 'Курьер уже едет, будет через час.' },
        { id: 'refund', title: 'Возврат', body: 'Деньги вернутся за пять дней.' },
      ],
    };
    expect((await send(a.dashboard, { type: 'library.import', pack, origin: { source: 'file' } })).ok).toBe(true);
    for (const [text, replyId] of [['где курьер', 'late'], ['верните деньги', 'refund'], ['заказ опаздывает', 'late']])
      expect((await send(a.dashboard, { type: 'pick', clientId: crypto.randomUUID(), packId: 'команда', replyId, text, platform: 'vk' })).ok).toBe(true);
    const snapshot = { id: 'vk:convo_7', site: 'vk', title: 'Олег', url: 'https://vk.com/im/convo/7', messages: [{ id: 'm1', direction: 'in', at: new Date().toISOString(), text: 'Где заказ?', author: 'Олег' }] };
    const tracked = await send(a.dashboard, { type: 'thread.snapshot', snapshot, platform: 'vk' });
    expect(tracked.ok, tracked.error).toBe(true);
    const idea = { text: 'Добавьте оплату долями', threadId: 'vk:convo_7', url: 'https://vk.com/im/convo/7', platform: 'vk', author: 'Олег' };
    const saved = await send(a.dashboard, { type: 'ideas.save', idea });
    expect(saved.ok, saved.error).toBe(true);
    // A crisis, and a reply the page shows sent during it: the crisis log has a row too (then the crisis ends).
    const crisis = { active: true, reason: 'Сбой', contacts: [], source: 'user', startsAt: new Date(Date.now() - 60_000).toISOString() };
    expect((await send(a.dashboard, { type: 'settings.save', changes: { crisis } })).ok).toBe(true);
    const crisisReply = { id: 'm9', direction: 'out', at: new Date().toISOString(), text: 'Приносим извинения, вернёмся в течение часа.', author: 'Бренд' };
    const replied = await send(a.dashboard, { type: 'thread.snapshot', snapshot: { ...snapshot, id: 'vk:convo_8', url: 'https://vk.com/im/convo/8', messages: [crisisReply] }, platform: 'vk' });
    expect(replied.ok, replied.error).toBe(true);
    expect((await send(a.dashboard, { type: 'settings.save', changes: { crisis: { ...crisis, active: false } } })).ok).toBe(true);
    expect((await send(a.dashboard, { type: 'tone.ignore', scope: 'thread', threadId: 'vk:convo_7', key: 'k', ruleId: 'overpromise', category: 'overpromise', text: 'гарантируем' })).ok).toBe(true);
    expect((await send(a.dashboard, { type: 'tone.sendAnyway', clientId: crypto.randomUUID(), threadId: 'vk:convo_7', url: 'https://vk.com/im/convo/7', findings: [] })).ok).toBe(true);
    expect((await send(a.dashboard, { type: 'settings.save', changes: { suggestionsCount: 3, autoOpenPanel: false } })).ok).toBe(true);
    await send(a.dashboard, { type: 'suggest', text: 'где мой курьер', platform: 'vk', k: 3 }); // builds and stores the model
    await expect.poll(async () => ((await dumpDatabase(a.dashboard)).models ?? []).length).toBe(1);
    const original = await dumpDatabase(a.dashboard);
    for (const [name, rows] of Object.entries(original)) expect(rows.length, `${name} is populated`).toBeGreaterThan(0);

    // Download from A's dashboard.
    const downloading = a.dashboard.waitForEvent('download');
    await a.dashboard.getByTestId('trustops-backup-export').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^trustops-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(a.dir, 'backup.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'trustops-backup', version: 1, appVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/) });

    // Restore into B: a fresh profile (its starter pack and defaults are replaced by the backup).
    await send(b.dashboard, { type: 'settings.save', changes: {} });
    const startedWith = await dumpDatabase(b.dashboard);
    await b.dashboard.getByTestId('trustops-backup-file').setInputFiles(file);
    if (Object.values(startedWith).some((rows) => rows.length > 0)) await b.dashboard.getByTestId('trustops-backup-replace').click();
    await expect(b.dashboard.getByTestId('trustops-backup-done')).toBeVisible();
    expect(await dumpDatabase(b.dashboard)).toEqual(original);
    // The settings as the extension reads them (defaults filled, migrated) agree too.
    const settingsOf = async (page: Page) => ((await send(page, { type: 'settings.save', changes: {} })).data as { settings: unknown }).settings;
    expect(await settingsOf(b.dashboard)).toEqual(await settingsOf(a.dashboard));
    expect(await dumpDatabase(b.dashboard)).toEqual(original);

    // Undo puts B back as it was.
    await b.dashboard.getByTestId('trustops-backup-undo').click();
    await expect(b.dashboard.getByText('Восстановление отменено')).toBeVisible();
    expect(await dumpDatabase(b.dashboard)).toEqual(startedWith);

    // Into a profile with data: merge keeps its own and adds the rest.
    await send(b.dashboard, { type: 'library.import', pack: { name: 'Свой', replies: [{ id: 'hi', title: 'Привет', body: 'Здравствуйте!' }] }, origin: { source: 'file' } });
    await b.dashboard.getByTestId('trustops-backup-file').setInputFiles(file);
    await b.dashboard.getByTestId('trustops-backup-merge').click();
    await expect(b.dashboard.getByTestId('trustops-backup-done')).toBeVisible();
    const merged = await dumpDatabase(b.dashboard);
    const packIds = (merged.packs as { id: string }[]).map((p) => p.id);
    expect(packIds).toEqual(expect.arrayContaining(['свои', 'команда'])); // slugify folds «й» to «и»
    expect(merged.picks).toHaveLength(3);

    // A file that is not a backup changes nothing and says why.
    const before = await dumpDatabase(b.dashboard);
    await b.dashboard.getByTestId('trustops-backup-file').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await expect(b.dashboard.getByRole('alert')).toContainText('Это не резервная копия TrustOps');
    expect(await dumpDatabase(b.dashboard)).toEqual(before);
    await b.dashboard.locator('[data-testid="backup-card"]').screenshot({ path: test.info().outputPath('backup-card.png') });
  } finally {
    for (const profile of [a, b]) {
      await profile.context.close().catch(() => {});
      rmSync(profile.dir, { recursive: true, force: true });
    }
    rmSync(extensionDir, { recursive: true, force: true });
    await host.close();
  }
});
