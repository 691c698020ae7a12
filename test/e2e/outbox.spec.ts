import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * Nothing lost when the MV3 service worker stops in the middle of a request, or when the extension
 * is reloaded under an open page (lib/outbox): picks and "send anyway" audit records go through a
 * storage.local outbox and are stored once by client id; a held send is released only after its
 * audit record is stored, and otherwise the panel says it was not sent.
 */
const REACT_PAGE = 'pages/generic-react.html';
const HOURS_QUERY = 'во сколько вы открываетесь';
const HOURS_TITLE = 'Часы работы';
const CARD = '4111 1111 1111 1111';
const MASKED_CARD = '•••• •••• •••• 1111';
const ROUNDS = 20;

const sentOf = (page: Page) => page.getByTestId('sent-message');
const heldOf = (page: Page) => page.getByTestId('trustops-held');

interface Stored {
  picks: { packId: string; replyId: string; text: string; clientId?: string }[];
  audit: { threadId: string; clientId?: string; findings: { excerpt: string }[] }[];
  usage: { packId: string; replyId: string; count: number }[];
  outbox: string[];
}

/** Picks, audit records and usage from the extension's IndexedDB, and what its outbox still holds. */
async function readStored(context: BrowserContext, extensionId: string): Promise<Stored> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const stored = await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('trustops');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    const all = (store: string) =>
      new Promise<never[]>((resolve, reject) => {
        const read = database.transaction(store).objectStore(store).getAll();
        read.onsuccess = () => resolve(read.result as never[]);
        read.onerror = () => reject(read.error);
      });
    const [picks, audit, usage] = await Promise.all([all('picks'), all('audit'), all('usage')]);
    database.close();
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const outbox = Object.keys(await api.storage.local.get(null)).filter((key) => key.startsWith('trustops.outbox.'));
    return { picks, audit, usage, outbox };
  });
  await page.close();
  return stored;
}

/** Stops every service worker of the profile, the extension's included, as Chrome does when idle. */
async function workerStopper(page: Page): Promise<{ stop: (afterMs: number) => void; settled: () => Promise<number> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const pending: Promise<unknown>[] = [];
  let stops = 0;
  return {
    stop: (afterMs) =>
      void pending.push(
        new Promise((resolve) => setTimeout(resolve, afterMs))
          .then(() => cdp.send('ServiceWorker.stopAllWorkers'))
          .then(() => stops++),
      ),
    settled: async () => {
      await Promise.all(pending);
      return stops;
    },
  };
}

/**
 * Reloads the extension the way its reload button on chrome://extensions does. Developer mode goes
 * on first: without it Chromium leaves a reloaded command-line extension disabled.
 */
async function reloadExtension(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(async (id) => {
    const { developerPrivate } = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome;
    await developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
    await developerPrivate.reload(id, { failQuietly: true });
  }, extensionId);
  await page.close();
  // Back when its pages open again (the same id, the same database).
  await expect(async () => {
    const probe = await context.newPage();
    try {
      await probe.goto(`chrome-extension://${extensionId}/options.html`);
    } finally {
      await probe.close();
    }
  }).toPass({ timeout: 15_000 });
}

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  reload(id: string, options: { failQuietly: boolean }): Promise<void>;
}

const duplicates = (ids: (string | undefined)[]) => ids.length - new Set(ids).size;

test.describe('outbox', () => {
  test('worker stopped mid-request during 20 picks and 20 "send anyway": all 40 records stored, none twice', async ({
    context,
    extensionId,
    fixtureUrl,
  }) => {
    test.setTimeout(180_000);
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    const composer = page.getByTestId('composer');
    await composer.click();
    const panel = page.getByTestId('trustops-panel');
    await expect(panel).toBeVisible();
    const workers = await workerStopper(page);

    // 20 picks: each click records a pick; the worker is stopped right behind it (0–60 ms later).
    const search = panel.getByRole('searchbox');
    await search.fill(HOURS_QUERY);
    const hours = page.getByTestId('trustops-suggestion').filter({ hasText: HOURS_TITLE });
    for (let i = 0; i < ROUNDS; i++) {
      await expect(hours).toHaveCount(1);
      await hours.click();
      workers.stop((i % 4) * 20);
      await expect(page.getByTestId('trustops-notice')).toBeVisible();
    }

    // 20 "send anyway": the worker is stopped right after each click; the send goes once the record is stored.
    const threadId = `generic:${new URL(fixtureUrl('/')).origin}/${REACT_PAGE}`;
    for (let i = 0; i < ROUNDS; i++) {
      await composer.fill('');
      await composer.click();
      await page.keyboard.insertText(`Карта ${CARD}, заказ ${i}`);
      await expect(page.locator('[data-testid="trustops-finding"][data-category="pii.card"]')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(heldOf(page)).toBeVisible();
      await page.getByTestId('trustops-send-anyway').click();
      workers.stop((i % 4) * 20);
      await expect(sentOf(page)).toHaveCount(i + 1, { timeout: 15_000 });
      await expect(sentOf(page).nth(i)).toHaveText(`Карта ${CARD}, заказ ${i}`);
    }
    const stops = await workers.settled();

    // Everything is stored — picks may wait for the outbox's next retry — and nothing twice.
    await expect(async () => {
      const stored = await readStored(context, extensionId);
      const picks = stored.picks.filter((p) => p.replyId === 'hours');
      expect(picks).toHaveLength(ROUNDS);
      expect(picks.every((p) => p.text === HOURS_QUERY && !!p.clientId)).toBe(true);
      expect(duplicates(picks.map((p) => p.clientId))).toBe(0);
      expect(stored.usage.find((u) => u.replyId === 'hours')?.count).toBe(ROUNDS);
      const audit = stored.audit.filter((r) => r.threadId === threadId);
      expect(audit).toHaveLength(ROUNDS);
      expect(duplicates(audit.map((r) => r.clientId))).toBe(0);
      expect(audit.every((r) => r.findings.length === 1 && r.findings[0]!.excerpt === MASKED_CARD)).toBe(true);
      expect(stored.outbox).toEqual([]);
    }).toPass({ timeout: 60_000 });

    // Every round really stopped the worker (CDP answered each stop).
    expect(stops).toBe(2 * ROUNDS);
  });

  test('records left in the outbox (a tab closed before the answer) are stored at the worker’s next start, once', async ({
    context,
    extensionId,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const workers = await workerStopper(options);
    const clientIds = ['5b0f8f8e-0c1d-4e2f-9a3b-4c5d6e7f8a01', '5b0f8f8e-0c1d-4e2f-9a3b-4c5d6e7f8a02'];
    const put = (entries: Record<string, unknown>) =>
      options.evaluate(async (entries) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
        await api.storage.local.set(entries);
      }, entries);
    const entry = (clientId: string, text: string) => ({
      [`trustops.outbox.${clientId}`]: {
        request: { type: 'pick', clientId, packId: 'starter', replyId: 'hours', text, platform: 'generic' },
        origin: 'https://vk.com',
        queuedAt: Date.now(),
      },
    });

    // The worker is stopped; a storage change (one of its events) starts it, and it takes the outbox.
    workers.stop(0);
    await workers.settled();
    await put({ ...entry(clientIds[0]!, 'оставлено вкладкой'), ...entry(clientIds[1]!, 'и ещё одно') });
    await expect(async () => {
      const stored = await readStored(context, extensionId);
      expect(stored.picks.map((p) => p.clientId).sort()).toEqual(clientIds);
      expect(stored.outbox).toEqual([]);
    }).toPass({ timeout: 20_000 });

    // The same record once more (a second tab's copy): taken, not stored twice, not counted twice.
    workers.stop(0);
    await workers.settled();
    await put(entry(clientIds[0]!, 'оставлено вкладкой'));
    await expect(async () => expect((await readStored(context, extensionId)).outbox).toEqual([])).toPass({ timeout: 20_000 });
    const stored = await readStored(context, extensionId);
    expect(stored.picks).toHaveLength(2);
    expect(stored.usage.find((u) => u.replyId === 'hours')?.count).toBe(2);
  });

  test('extension reloaded with a held send: nothing is sent without a record, and the panel says so', async ({
    context,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    await page.getByTestId('composer').click();
    await expect(page.getByTestId('trustops-panel')).toBeVisible();
    await page.keyboard.insertText(`Карта ${CARD}`);
    // The live finding first, as the user sees it: on a loaded machine the tone engine (loaded at
    // idle) may not be there yet when a page has just started.
    await expect(page.getByTestId('trustops-finding').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(heldOf(page)).toBeVisible();

    // The extension is reloaded (an update, or a developer): this page's content script is orphaned.
    await reloadExtension(context, extensionId);

    await page.getByTestId('trustops-send-anyway').click();
    const failed = page.getByTestId('trustops-override-failed');
    await expect(failed).toBeVisible();
    await expect(failed).toHaveAttribute('data-reason', 'gone');
    await expect(failed).toHaveText(/Не отправлено|Not sent/);
    await expect(heldOf(page)).toBeVisible();
    await page.waitForTimeout(500); // a release would be synchronous with the click's answer
    await expect(sentOf(page)).toHaveCount(0);
    const afterReload = await readStored(context, extensionId);
    expect(afterReload.audit).toEqual([]);
    expect(afterReload.outbox).toEqual([]);

    // The way on it names: a reloaded page has a working TrustOps, and the send is recorded.
    await page.reload();
    await page.getByTestId('composer').click();
    await expect(page.getByTestId('trustops-panel')).toBeVisible();
    await page.keyboard.insertText(`Карта ${CARD}`);
    // The live finding first, as the user sees it: on a loaded machine the tone engine (loaded at
    // idle) may not be there yet when a page has just started.
    await expect(page.getByTestId('trustops-finding').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(heldOf(page)).toBeVisible();
    await page.getByTestId('trustops-send-anyway').click();
    await expect(sentOf(page)).toHaveCount(1);
    await expect.poll(async () => (await readStored(context, extensionId)).audit.length).toBe(1);
  });
});
