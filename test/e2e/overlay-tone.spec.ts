import { copyFileSync, mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { writeSettings } from './support/settings';

/**
 * Tone checks in the overlay (generic mode): live findings while typing, fixes written into the
 * editor, ignores, and the pre-send guard on Enter and on the send button. Both fixture pages
 * send on Enter and on their "Отправить" button and list what they sent as `sent-message`.
 */
const REACT_PAGE = 'pages/generic-react.html';
const EDITABLE_PAGE = 'pages/generic-contenteditable.html';
const CARD = '4111 1111 1111 1111';
const MASKED_CARD = '•••• •••• •••• 1111';
const CARD_DRAFT = `Проверили оплату: карта ${CARD}, всё в порядке`;
const ADDRESS_DRAFT = 'Мы гарантируем доставку, напиши нам';
const CLEAN_DRAFT = 'Здравствуйте! Заказ уже в пути, курьер будет в течение часа.';
const SHOTS_DIR = '/tmp/overlay-shots';

const findingsOf = (page: Page) => page.getByTestId('trustops-finding');
const findingOf = (page: Page, category: string) => page.locator(`[data-testid="trustops-finding"][data-category="${category}"]`);
/** Ignore choices sit in a finding's details: open them first (one line per finding). */
async function ignoreIn(page: Page, category: string, scope: 'once' | 'thread' | 'always'): Promise<void> {
  const finding = findingOf(page, category);
  await finding.getByTestId('trustops-finding-toggle').click();
  await finding.getByTestId(`trustops-ignore-${scope}`).click();
}
const statusOf = (page: Page) => page.getByTestId('trustops-tone-status');
const sentOf = (page: Page) => page.getByTestId('sent-message');
const heldOf = (page: Page) => page.getByTestId('trustops-held');

// The panel speaks the browser's language unless the settings say otherwise: texts are matched in both.

/** What the composer holds, as the page itself knows it: React state, or the page's own mirror. */
const pageDraftOf = (page: Page, kind: 'react' | 'editable') => page.getByTestId(kind === 'react' ? 'react-state' : 'mirror');

async function openComposer(page: Page, fixtureUrl: (path: string) => string, path: string): Promise<Locator> {
  await page.goto(fixtureUrl(path));
  const composer = page.getByTestId('composer');
  await composer.click();
  await expect(page.getByTestId('trustops-panel')).toBeVisible();
  return composer;
}

/**
 * Records, in the page, the time of every keystroke and the moment a finding of `category`
 * enters the overlay's shadow root (a MutationObserver there): the delay the user sees.
 */
interface FindingClock {
  keys: number[];
  shownAt?: number;
}

async function startFindingClock(page: Page, category: string): Promise<void> {
  await page.evaluate((category) => {
    const clock: FindingClock = { keys: [] };
    (window as unknown as { __toneClock: FindingClock }).__toneClock = clock;
    addEventListener('keydown', () => clock.keys.push(performance.now()), true);
    const root = document.querySelector('trustops-overlay')!.shadowRoot!;
    const selector = `[data-testid="trustops-finding"][data-category="${category}"]`;
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      clock.shownAt = performance.now();
      observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
  }, category);
}

/** Milliseconds from the last keystroke before the finding appeared to its appearance. */
async function findingDelay(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { keys, shownAt } = (window as unknown as { __toneClock: FindingClock }).__toneClock;
    if (shownAt === undefined) throw new Error('the finding never appeared');
    const lastKey = Math.max(...keys.filter((at) => at <= shownAt));
    return shownAt - lastKey;
  });
}

interface AuditRecord {
  kind: string;
  threadId: string;
  url: string;
  findings: { ruleId: string; category: string; severity: string; excerpt: string }[];
}

/** The audit trail, read with raw IndexedDB from an extension page (the database lives there). */
async function auditTrail(context: BrowserContext, extensionId: string): Promise<AuditRecord[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const records = await page.evaluate(
    () =>
      new Promise<AuditRecord[]>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('audit').objectStore('audit').getAll();
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      }),
  );
  await page.close();
  return records;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'element has a box').not.toBeNull();
  return box!;
}

type Box = Awaited<ReturnType<typeof boxOf>>;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The panel grew (a held send): it moves so that all of it stays in the viewport. */
async function expectInView(page: Page, locator: Locator): Promise<void> {
  await expect(async () => {
    const box = await boxOf(locator);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  }).toPass({ timeout: 5000 });
}

async function saveScreenshot(page: Page, name: string): Promise<void> {
  const path = `test-results/${name}`;
  await page.screenshot({ path });
  mkdirSync(SHOTS_DIR, { recursive: true });
  copyFileSync(path, `${SHOTS_DIR}/${name}`);
}

for (const kind of ['react', 'editable'] as const) {
  const path = kind === 'react' ? REACT_PAGE : EDITABLE_PAGE;
  const label = kind === 'react' ? 'React-controlled textarea' : 'plain contenteditable';

  test.describe(`tone guard on a ${label}`, () => {
    test('a card number is flagged as it is typed; Enter and the send button are held; "send anyway" sends and is audited', async ({
      context,
      extensionId,
      fixtureUrl,
    }) => {
      // The Russian UI (the product's first language) on one page; the browser's language on the other.
      if (kind === 'react') await writeSettings(context, extensionId, { language: 'ru' });
      const page = await context.newPage();
      const composer = await openComposer(page, fixtureUrl, path);

      await startFindingClock(page, 'pii.card');
      await page.keyboard.type(CARD_DRAFT);
      const card = findingOf(page, 'pii.card');
      await expect(card).toBeVisible();
      const delay = await findingDelay(page);
      console.log(`[${kind}] pii.card finding shown ${delay.toFixed(1)} ms after the keystroke`);
      // Reported, not asserted: a timing threshold would fail on a loaded machine (speed is `npm run bench`).
      test.info().annotations.push({ type: 'finding delay (ms)', description: delay.toFixed(1) });
      await expect(card).toHaveAttribute('data-severity', 'block');
      await expect(card.locator('mark')).toHaveText(CARD);
      await expect(statusOf(page)).toHaveAttribute('data-status', 'blocked');
      await expect(pageDraftOf(page, kind)).toHaveText(CARD_DRAFT);
      // In a contenteditable the words themselves are marked (CSS Custom Highlight API, no DOM change).
      if (kind === 'editable') {
        await expect.poll(() => page.evaluate(() => CSS.highlights.get('trustops-block')?.size ?? 0)).toBe(1);
        await expect(composer).toHaveJSProperty('innerHTML', CARD_DRAFT);
      }

      // Enter is held: nothing sent, the draft stays, the panel says why; focus stays in the draft.
      await page.keyboard.press('Enter');
      const panel = page.getByTestId('trustops-panel');
      await expect(panel.getByTestId('trustops-held')).toBeVisible();
      // The why: the block finding, first in the panel's list.
      await expect(panel.getByTestId('trustops-finding').first()).toHaveAttribute('data-category', 'pii.card');
      await expect(sentOf(page)).toHaveCount(0);
      await expect(pageDraftOf(page, kind)).toHaveText(CARD_DRAFT);
      await expect(composer).toBeFocused();
      // A second Enter is held the same way.
      await page.keyboard.press('Enter');
      await expect(sentOf(page)).toHaveCount(0);

      // "Send anyway" repeats the Enter past the guard: the page's own handler sends it.
      await page.getByTestId('trustops-send-anyway').click();
      await expect(sentOf(page)).toHaveCount(1);
      await expect(sentOf(page)).toHaveText(CARD_DRAFT);
      await expect(pageDraftOf(page, kind)).toHaveText('');
      await expect(heldOf(page)).toBeHidden();
      await expect(findingsOf(page)).toHaveCount(0);
      if (kind === 'editable') await expect.poll(() => page.evaluate(() => CSS.highlights.has('trustops-block'))).toBe(false);

      // The send button is held too, and released by "send anyway".
      await composer.click();
      await page.keyboard.type(`Карта ${CARD}`);
      await expect(card).toBeVisible();
      await page.getByTestId('send').click();
      await expect(heldOf(page)).toBeVisible();
      await expect(sentOf(page)).toHaveCount(1);
      await expect(pageDraftOf(page, kind)).toHaveText(`Карта ${CARD}`);
      await expectInView(page, panel);
      await saveScreenshot(page, kind === 'react' ? 'overlay-tone.png' : 'overlay-tone-contenteditable.png');
      await page.getByTestId('trustops-send-anyway').click();
      await expect(sentOf(page)).toHaveCount(2);
      await expect(sentOf(page).nth(1)).toHaveText(`Карта ${CARD}`);

      // Both overrides are in the audit trail, with the card number masked.
      const threadId = `generic:${new URL(fixtureUrl('/')).origin}/${path}`;
      await expect(async () => {
        const records = (await auditTrail(context, extensionId)).filter((r) => r.threadId === threadId);
        expect(records).toHaveLength(2);
        for (const record of records) {
          expect(record.kind).toBe('send-anyway');
          expect(record.url).toBe(fixtureUrl(path));
          expect(record.findings).toEqual([{ ruleId: 'pii.card', category: 'pii.card', severity: 'block', excerpt: MASKED_CARD }]);
        }
      }).toPass({ timeout: 5000 });
    });

    test('a fix goes into the editor’s own state; a clean draft sends on Enter at once', async ({ context, fixtureUrl }) => {
      const page = await context.newPage();
      const composer = await openComposer(page, fixtureUrl, path);

      await page.keyboard.type(ADDRESS_DRAFT);
      const addressForm = findingOf(page, 'address-form');
      await expect(addressForm).toBeVisible();
      await expect(addressForm.locator('mark')).toHaveText('напиши');
      await expect(findingOf(page, 'overpromise')).toBeVisible();
      await expect(statusOf(page)).toHaveAttribute('data-status', 'warn');
      await expect(statusOf(page)).toHaveText(/2 (замечания|warnings)/);

      await addressForm.getByTestId('trustops-fix').click();
      const fixed = 'Мы гарантируем доставку, напишите нам';
      await expect(pageDraftOf(page, kind)).toHaveText(fixed);
      if (kind === 'react') await expect(composer).toHaveValue(fixed);
      else await expect(composer).toHaveText(fixed);
      await expect(addressForm).toHaveCount(0);
      await expect(findingsOf(page)).toHaveCount(1);
      await expect(statusOf(page)).toHaveText(/1 (замечание|warning)\b/);
      await expect(composer).toBeFocused();

      // Warnings never hold a send: Enter sends the fixed draft.
      await page.keyboard.press('Enter');
      await expect(sentOf(page)).toHaveText([fixed]);
      await expect(heldOf(page)).toHaveCount(0);

      await page.keyboard.type(CLEAN_DRAFT);
      await expect(statusOf(page)).toHaveAttribute('data-status', 'clean');
      await expect(findingsOf(page)).toHaveCount(0);
      await page.keyboard.press('Enter');
      await expect(sentOf(page)).toHaveText([fixed, CLEAN_DRAFT]);
      await expect(pageDraftOf(page, kind)).toHaveText('');
      await expect(heldOf(page)).toHaveCount(0);
    });
  });
}

test.describe('tone guard by keyboard', () => {
  test('the shortcut reaches a held send at its safe choice; "send anyway" works from the keyboard', async ({ context, fixtureUrl }) => {
    const page = await context.newPage();
    const composer = await openComposer(page, fixtureUrl, EDITABLE_PAGE);
    await page.keyboard.type(`Карта ${CARD}`);
    await expect(findingOf(page, 'pii.card')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(heldOf(page)).toBeVisible();
    await expect(composer).toBeFocused();

    await page.keyboard.press('Alt+Shift+K');
    await expect(page.getByTestId('trustops-keep-editing')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heldOf(page)).toHaveCount(0);
    await expect(composer).toBeFocused();
    await expect(sentOf(page)).toHaveCount(0);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+Shift+K');
    await expect(page.getByTestId('trustops-keep-editing')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('trustops-send-anyway')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sentOf(page)).toHaveText([`Карта ${CARD}`]);
    await expect(page.getByTestId('mirror')).toHaveText('');
  });
});

test.describe('tone ignores', () => {
  test('ignore now / in this thread / always: each finding goes, and the stored ones stay gone after a reload', async ({ context, fixtureUrl }) => {
    const page = await context.newPage();
    const composer = await openComposer(page, fixtureUrl, REACT_PAGE);
    await page.keyboard.type(ADDRESS_DRAFT);
    await expect(findingsOf(page)).toHaveCount(2);

    // "Always" for «напиши», "in this thread" for «гарантируем».
    await ignoreIn(page, 'address-form', 'always');
    await expect(findingOf(page, 'address-form')).toHaveCount(0);
    await ignoreIn(page, 'overpromise', 'thread');
    await expect(findingsOf(page)).toHaveCount(0);
    await expect(statusOf(page)).toHaveAttribute('data-status', 'clean');
    await expect(composer).toBeFocused();

    // Stored: gone after a reload, on this page...
    await page.waitForTimeout(300); // the background stores the ignores (the page does not wait for it)
    await page.reload();
    await page.getByTestId('composer').click();
    await page.keyboard.type(ADDRESS_DRAFT);
    await expect(statusOf(page)).toHaveAttribute('data-status', 'clean');
    await expect(findingsOf(page)).toHaveCount(0);

    // ...while another thread still gets the thread-only one.
    const other = await context.newPage();
    await openComposer(other, fixtureUrl, EDITABLE_PAGE);
    await other.keyboard.type(ADDRESS_DRAFT);
    await expect(findingOf(other, 'overpromise')).toBeVisible();
    await expect(findingOf(other, 'address-form')).toHaveCount(0);

    // "Now" hides a finding for this draft only: after sending, a new draft gets it again.
    await ignoreIn(other, 'overpromise', 'once');
    await expect(findingsOf(other)).toHaveCount(0);
    await other.keyboard.press('Enter');
    await expect(sentOf(other)).toHaveCount(1);
    await other.keyboard.type('Гарантируем!');
    await expect(findingOf(other, 'overpromise')).toBeVisible();
  });
});

test.describe('tone settings', () => {
  test('auto-open off: findings show in a strip attached to the composer, clear of its send button; a held send opens the panel; English UI; suggestion count', async ({
    context,
    extensionId,
    fixtureUrl,
  }) => {
    await writeSettings(context, extensionId, { autoOpenPanel: false, language: 'en', suggestionsCount: 2 });
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    const composer = page.getByTestId('composer');
    await composer.click();
    await page.keyboard.type(CARD_DRAFT);

    const strip = page.getByTestId('trustops-strip');
    await expect(strip).toBeVisible();
    await expect(strip.getByTestId('trustops-finding')).toHaveCount(1);
    await expect(strip.getByTestId('trustops-tone-status')).toHaveText(/Blocked/);
    await expect(page.getByTestId('trustops-panel')).toBeHidden();
    // Attached to the composer without covering it or the page's send button (under it here): above.
    await expect(async () => {
      const [stripBox, composerBox, sendBox] = await Promise.all([boxOf(strip), boxOf(composer), boxOf(page.getByTestId('send'))]);
      expect(overlap(stripBox, composerBox), 'strip covers the composer').toBe(false);
      expect(overlap(stripBox, sendBox), 'strip covers the send button').toBe(false);
      expect(composerBox.y - (stripBox.y + stripBox.height)).toBeLessThanOrEqual(16);
    }).toPass({ timeout: 5000 });
    await saveScreenshot(page, 'overlay-tone-strip-en.png');

    await page.keyboard.press('Enter');
    const panel = page.getByTestId('trustops-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('trustops-send-anyway')).toHaveText('Send anyway');
    await expect(panel.getByTestId('trustops-finding')).toHaveCount(1);
    await expect(strip).toBeHidden();
    await expect(sentOf(page)).toHaveCount(0);
    await expectInView(page, panel);
    await saveScreenshot(page, 'overlay-tone-held-en.png');

    await panel.getByRole('searchbox').fill('заказ доставка курьер');
    await expect(page.getByTestId('trustops-suggestion').first()).toBeVisible();
    expect(await page.getByTestId('trustops-suggestion').count()).toBeLessThanOrEqual(2);

    // Back to the draft: Shift+Enter is a new line, never a send, and is not held.
    await panel.getByTestId('trustops-keep-editing').click();
    await expect(heldOf(page)).toHaveCount(0);
    await expect(composer).toBeFocused();
    await page.keyboard.press('Shift+Enter');
    await expect(heldOf(page)).toHaveCount(0);
    await expect(composer).toHaveValue(`${CARD_DRAFT}\n`);
  });
});
