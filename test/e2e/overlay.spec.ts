import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * The overlay in generic mode on two fixture pages: a React-controlled <textarea> and a plain
 * contenteditable. Selectors are the public test ids (DESIGN.md) plus the panel's own.
 */
const REACT_PAGE = 'pages/generic-react.html';
const EDITABLE_PAGE = 'pages/generic-contenteditable.html';
const REACT_CUSTOMER_MESSAGE = 'Здравствуйте! Где мой заказ? Курьер опаздывает уже на час';

interface StarterReply {
  id: string;
  title: string;
  body: string;
}
const starter: { id: string; replies: StarterReply[] } = JSON.parse(readFileSync('lib/storage/starter-pack.json', 'utf8'));
const deliveryLate = starter.replies.find((r) => r.id === 'delivery-late')!;
const fill = (body: string, values: Record<string, string>) => body.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

const panelOf = (page: Page) => page.getByTestId('trustops-panel');
/** The customer's message in the page's own DOM (#root), not the panel's quote of it. */
const customerMessageOf = (page: Page) => page.locator('#root').getByText(REACT_CUSTOMER_MESSAGE);
const suggestionsOf = (page: Page) => page.getByTestId('trustops-suggestion');
const deliveryLateIn = (page: Page) => suggestionsOf(page).filter({ hasText: deliveryLate.title });

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'element has a box').not.toBeNull();
  return box!;
}

/** The panel is beside the composer: their boxes share no area. */
async function expectBeside(panel: Locator, composer: Locator) {
  await expect(async () => {
    const [p, c] = [await boxOf(panel), await boxOf(composer)];
    const overlaps = p.x < c.x + c.width && c.x < p.x + p.width && p.y < c.y + c.height && c.y < p.y + p.height;
    expect(overlaps, `panel ${JSON.stringify(p)} covers composer ${JSON.stringify(c)}`).toBe(false);
  }).toPass({ timeout: 5000 });
}

/**
 * Selects an element's paragraph with a real triple-click: the overlay takes a selection as the
 * message to answer only right after the user's own (trusted) input, never one a script made.
 */
async function selectTextOf(locator: Locator) {
  await locator.click({ clickCount: 3 });
}

/** Reads the `picks` table of the extension's IndexedDB from one of its pages. */
async function storedPicks(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page.evaluate(
    () =>
      new Promise<{ packId: string; replyId: string; text: string; platform: string }[]>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('picks').objectStore('picks').getAll();
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

test.describe('overlay on a React-controlled textarea', () => {
  test('suggests for the selected message, fills placeholders, inserts so React sees it, stores the pick across a restart', async ({
    context,
    extensionId,
    fixtureUrl,
    restart,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    const composer = page.getByTestId('composer');
    const panel = panelOf(page);

    await composer.click();
    await expect(panel).toBeVisible();
    await expectBeside(panel, composer);

    // A triple click selects the customer's message the way a person would (focus leaves the composer).
    await customerMessageOf(page).click({ clickCount: 3 });
    await expect(page.getByTestId('trustops-message')).toContainText('Курьер опаздывает');
    await expect(deliveryLateIn(page)).toHaveCount(1);
    expect(await suggestionsOf(page).count()).toBeLessThanOrEqual(5);
    await expect(page.getByRole('listbox')).toBeVisible();

    await deliveryLateIn(page).click();
    const form = page.getByTestId('trustops-fill-form');
    await expect(form).toBeVisible();
    const fields = form.locator('input');
    await expect(fields).toHaveCount(2);
    await expect(fields.first()).toBeFocused();
    await expect(form.getByTestId('trustops-fill-insert')).toBeDisabled();
    await expect(composer).toHaveValue('');

    // Enter with a field still empty moves on instead of inserting a gap.
    await page.keyboard.type('Анна');
    await page.keyboard.press('Enter');
    await expect(fields.nth(1)).toBeFocused();
    await expect(composer).toHaveValue('');
    await page.keyboard.type('48213');
    await expect(form.getByTestId('trustops-fill-preview')).toContainText('Заказ 48213');
    await page.keyboard.press('Enter');

    const expected = fill(deliveryLate.body, { name: 'Анна', order: '48213' });
    await expect(composer).toHaveValue(expected);
    await expect(page.getByTestId('react-state')).toHaveText(expected);
    await expect(page.getByTestId('send')).toBeEnabled();
    await expect(page.getByTestId('trustops-notice')).toBeVisible();
    await expect(composer).toBeFocused();

    await expect(async () => {
      expect(await storedPicks(context, extensionId)).toContainEqual(
        expect.objectContaining({ packId: starter.id, replyId: 'delivery-late', text: REACT_CUSTOMER_MESSAGE }),
      );
    }).toPass({ timeout: 5000 });

    const restarted = await restart();
    const picks = await storedPicks(restarted, extensionId);
    expect(picks).toContainEqual(
      expect.objectContaining({ packId: starter.id, replyId: 'delivery-late', text: REACT_CUSTOMER_MESSAGE, platform: 'generic' }),
    );
  });

  test('keyboard only: shortcut into the panel, arrows, Enter, placeholders, Escape back to the composer', async ({ context, fixtureUrl }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    const composer = page.getByTestId('composer');
    const panel = panelOf(page);
    const options = suggestionsOf(page);

    // The message is selected before the composer is ever focused: it is remembered for the panel.
    await selectTextOf(customerMessageOf(page));
    await composer.click();
    await page.keyboard.type('Анна, добрый день. ');
    await expect(page.getByTestId('trustops-message')).toContainText('Курьер опаздывает');
    await expect(deliveryLateIn(page)).toHaveCount(1);

    await page.keyboard.press('Alt+Shift+K');
    await expect(options.first()).toBeFocused();
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const count = await options.count();
    if (count > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(options.nth(1)).toBeFocused();
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await expect(options.first()).toHaveAttribute('aria-selected', 'false');
      await page.keyboard.press('ArrowUp');
      await expect(options.first()).toBeFocused();
    }
    const target = await deliveryLateIn(page).evaluate((el) => [...el.parentElement!.children].indexOf(el));
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await expect(deliveryLateIn(page)).toBeFocused();

    // Escape in the placeholder form cancels and goes back to the list; nothing was inserted.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('trustops-fill-form')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('trustops-fill-form')).toBeHidden();
    await expect(deliveryLateIn(page)).toBeFocused();
    await expect(composer).toHaveValue('Анна, добрый день. ');

    await page.keyboard.press('Enter');
    await page.keyboard.type('Анна');
    await page.keyboard.press('Tab');
    await page.keyboard.type('777');
    await page.keyboard.press('Enter');
    // Inserted at the caret the composer had, after what was typed.
    const expected = 'Анна, добрый день. ' + fill(deliveryLate.body, { name: 'Анна', order: '777' });
    await expect(composer).toHaveValue(expected);
    await expect(page.getByTestId('react-state')).toHaveText(expected);

    // Shortcut into the panel again, Escape closes it and gives the composer its caret back.
    await page.keyboard.press('Alt+Shift+K');
    await expect(options.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(composer).toBeFocused();
    await page.keyboard.press('Alt+Shift+K');
    await expect(panel).toBeVisible();
    await expect(options.first()).toBeFocused();

    // Where the browser keeps Alt+Shift+K for the extension command, the background sends this instead.
    await panel.getByTestId('trustops-close').click();
    await expect(panel).toBeHidden();
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Tab URLs are hidden from the extension (no host permission), so every tab gets the message.
    await worker.evaluate(async () => {
      type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      for (const tab of await tabs.query({})) await tabs.sendMessage(tab.id!, { type: 'overlay.toggle' }).catch(() => 'no content script');
    });
    await expect(panel).toBeVisible();
    await expect(options.first()).toBeFocused();
  });
});

test.describe('overlay on a plain contenteditable', () => {
  test('inserts through the page’s own input handling; an unfilled placeholder only goes in when asked', async ({ context, fixtureUrl }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(EDITABLE_PAGE));
    const composer = page.getByTestId('composer');
    const panel = panelOf(page);

    await composer.click();
    await expect(panel).toBeVisible();
    await expectBeside(panel, composer);

    await selectTextOf(page.getByTestId('customer-message'));
    await expect(page.getByTestId('trustops-message')).toContainText('где мой заказ');
    await expect(deliveryLateIn(page)).toHaveCount(1);
    await deliveryLateIn(page).click();

    const form = page.getByTestId('trustops-fill-form');
    await page.keyboard.type('Игорь');
    await expect(form.getByTestId('trustops-fill-insert')).toBeDisabled();
    await form.getByTestId('trustops-fill-gaps').click();

    const expected = fill(deliveryLate.body, { name: 'Игорь' });
    expect(expected).toContain('{order}');
    await expect(page.getByTestId('mirror')).toHaveText(expected);
    await expect(composer).toHaveText(expected);
  });

  test('multi-line replies keep their lines; imported markup stays text; a library change refreshes the list', async ({
    context,
    fixtureUrl,
    openOptions,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(EDITABLE_PAGE));
    const composer = page.getByTestId('composer');
    await composer.click();
    await expect(panelOf(page)).toBeVisible();
    const query = 'график работы в праздники';
    await panelOf(page).getByRole('searchbox').fill(query);

    // Write a reply straight into the extension's database and announce it, as the options page would.
    const body = 'В праздники работаем по особому графику:\n<img src=x onerror="window.__pwned=1">\nС уважением, команда';
    const options = await openOptions();
    await options.evaluate(
      async ({ packId, body }) => {
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('trustops');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('replies', 'readwrite');
            tx.objectStore('replies').put({
              packId, id: 'holiday-hours', title: 'Праздничный график', body, tags: ['общее'], lang: 'ru',
              examples: ['какой график работы в праздники'], platforms: [], updatedAt: new Date().toISOString(),
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        });
        const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
        await api.storage.local.set({ 'trustops.changed.library': Date.now() });
      },
      { packId: starter.id, body },
    );

    const holiday = suggestionsOf(page).filter({ hasText: 'Праздничный график' });
    await expect(holiday).toHaveCount(1);
    await expect(holiday).toContainText('<img src=x');
    await holiday.click();

    const lines = body.split('\n');
    await expect(page.getByTestId('mirror')).toHaveText(lines.join('\n'));
    expect(await composer.evaluate((el: HTMLElement) => el.innerText.replace(/\n$/, '').split('\n'))).toEqual(lines);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('overlay robustness', () => {
  test('after the extension is reloaded, the panel asks to reload the page instead of failing silently', async ({
    context,
    fixtureUrl,
    openOptions,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    await page.getByTestId('composer').click();
    const panel = panelOf(page);
    await expect(panel).toBeVisible();

    const options = await openOptions();
    // The options page goes away with the old extension instance; its promise may never settle.
    void options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await expect.poll(() => options.isClosed()).toBe(true);

    await panel.getByRole('searchbox').fill('где мой заказ');
    await expect(page.getByTestId('trustops-error')).toContainText(/reload the page|перезагрузите страницу/i);
    await expect(page.getByTestId('composer')).toBeEditable();
  });

  test('a field that refuses the text gets nothing; the reply goes to the clipboard with a notice', async ({ context, fixtureUrl }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(fixtureUrl('/')).origin });
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    const note = page.getByTestId('note');
    await note.click();
    const panel = panelOf(page);
    await expect(panel).toBeVisible();
    await expectBeside(panel, note);

    const hours = starter.replies.find((r) => r.id === 'hours')!;
    expect(hours.body.length).toBeGreaterThan(40);
    await panel.getByRole('searchbox').fill('часы работы');
    await suggestionsOf(page).filter({ hasText: hours.title }).click();

    await expect(page.getByTestId('trustops-notice')).toContainText(/Ctrl\+V|⌘V/);
    await expect(note).toHaveValue('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(hours.body);
  });
});

test.describe('overlay layout', () => {
  test('stays beside the composer on resize, collapses to a chip, remembers a drag per site; screenshot', async ({ context, fixtureUrl }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(REACT_PAGE));
    const composer = page.getByTestId('composer');
    const panel = panelOf(page);
    await composer.click();
    await customerMessageOf(page).click({ clickCount: 3 });
    await expect(deliveryLateIn(page)).toHaveCount(1);
    await expectBeside(panel, composer);

    // Host page CSS does not reach into the shadow root.
    const closeButton = panel.getByTestId('trustops-close');
    await expect(closeButton).toHaveCSS('text-transform', 'none');
    await page.screenshot({ path: 'test-results/overlay-panel.png' });

    // Selecting text inside the panel is not a customer message.
    await panel.locator('.footer').click({ clickCount: 3 });
    await page.waitForTimeout(400); // longer than the selection debounce: nothing may change after it
    await expect(page.getByTestId('trustops-message')).toContainText('Курьер опаздывает');

    // No room beside the composer: the compact chip, never a panel over the thread or the composer.
    await page.setViewportSize({ width: 900, height: 760 });
    await expect(page.getByTestId('trustops-chip')).toBeVisible();
    await expect(panel).toHaveCount(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectBeside(panel, composer);

    // Scrolling moves the composer; the panel follows, top-aligned once there is room with the
    // composer's row (its form: label, box and send button, all of which it keeps off).
    await page.evaluate(() => (document.body.style.paddingBottom = '2000px'));
    await page.evaluate(() => scrollBy(0, 150));
    await expect.poll(async () => (await boxOf(composer)).y).toBeLessThan(200);
    const row = page.locator('#root form');
    await expect.poll(async () => Math.round((await boxOf(panel)).y)).toBe(Math.round((await boxOf(row)).y));
    await expectBeside(panel, composer);
    await page.evaluate(() => scrollTo(0, 0));

    await panel.getByTestId('trustops-collapse').click();
    await expect(panel).toBeHidden();
    const chip = page.getByTestId('trustops-chip');
    await expect(chip).toBeVisible();
    await chip.click();
    await expect(panel).toBeVisible();

    const before = await boxOf(panel);
    const header = panel.locator('.header');
    const grip = await boxOf(header);
    await page.mouse.move(grip.x + 60, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + 20, grip.y + grip.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await boxOf(panel)).x).toBeCloseTo(before.x - 40, 0);
    const dragged = await boxOf(panel);

    await page.reload();
    await page.getByTestId('composer').click();
    await expect(panel).toBeVisible();
    await expect.poll(async () => Math.round((await boxOf(panel)).x)).toBe(Math.round(dragged.x));
  });
});
