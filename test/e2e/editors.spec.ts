import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * Insertion into the editors social sites are built on, each mounted from its real npm library
 * (test/fixtures/pages/src/editors-*.tsx). Success is judged by the editor's OWN model of the text
 * (`editor-state`, fed from its change events), never by the DOM alone: an editor whose DOM shows
 * the text while its model does not would send nothing.
 */
interface EditorCase {
  name: string;
  page: string;
}
const EDITORS: EditorCase[] = [
  { name: 'Draft.js', page: 'pages/editors-draft.html' },
  { name: 'Lexical rich text', page: 'pages/editors-lexical.html' },
  { name: 'Lexical plain text', page: 'pages/editors-lexical.html?plain' },
  { name: 'ProseMirror', page: 'pages/editors-prosemirror.html' },
  { name: 'Quill', page: 'pages/editors-quill.html' },
  { name: 'React textarea', page: 'pages/editors-textarea.html' },
];

/** A reply with a blank line, markup-like characters and a double space: what naive insertion loses. */
const PACK = { id: 'e2e-editors', name: 'E2E editors' };
const REPLY = {
  id: 'multi-line',
  title: 'Многострочный ответ для редакторов',
  body: 'Здравствуйте, {name}!\nЗаказ №48213 <в пути> & будет у вас через 30 минут.\n\nС уважением,  команда поддержки',
  examples: ['проверка многострочного ответа'],
};
const QUERY = 'проверка многострочного ответа';
const NAME = 'Анна';
const FILLED = REPLY.body.replace('{name}', NAME);

const panelOf = (page: Page) => page.getByTestId('trustops-panel');
const stateOf = (page: Page) => page.getByTestId('editor-state');

/** Exact text (toHaveText would collapse the line breaks this suite is about). */
async function expectState(page: Page, text: string) {
  await expect(stateOf(page)).toHaveJSProperty('textContent', text);
}

/**
 * Writes the pack into the extension's database from its options page, as an import would, and
 * announces the change so the background's caches reload.
 */
async function addMultiLineReply(page: Page) {
  await page.evaluate(
    async ({ pack, reply }) => {
      // The background creates the database on install; opening it first would create an empty one.
      for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'trustops'); i++)
        await new Promise((r) => setTimeout(r, 100));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('trustops');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['packs', 'replies'], 'readwrite');
        const updatedAt = new Date().toISOString();
        tx.objectStore('packs').put({ ...pack, locale: 'ru', updatedAt, source: 'local', enabled: true, rules: [] });
        tx.objectStore('replies').put({ ...reply, packId: pack.id, tags: [], lang: 'ru', platforms: [], updatedAt });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ 'trustops.changed.library': Date.now() });
    },
    { pack: PACK, reply: REPLY },
  );
}

/** Opens the editor page with the multi-line reply in the library. */
async function openEditor(context: BrowserContext, extensionId: string, url: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await addMultiLineReply(options);
  await options.close();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  return { page, composer: page.getByTestId('composer'), pageErrors };
}

/** Focus is in the composer: search the panel, pick the reply, fill {name}, insert. */
async function insertReplyFromPanel(page: Page) {
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  await panel.getByRole('searchbox').fill(QUERY);
  const suggestion = page.getByTestId('trustops-suggestion').filter({ hasText: REPLY.title });
  await expect(suggestion).toHaveCount(1, { timeout: 15_000 }); // the first request builds the index
  await suggestion.click();
  const form = page.getByTestId('trustops-fill-form');
  await expect(form.locator('input')).toHaveCount(1);
  await expect(form.locator('input').first()).toBeFocused();
  await page.keyboard.type(NAME);
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
}

/** Types `before` + `marked` + `after` and selects `marked` with the keyboard, as a user would. */
async function typeAndSelect(page: Page, composer: Locator, before: string, marked: string, after: string) {
  await composer.click();
  await page.keyboard.type(before + marked + after);
  for (let i = 0; i < after.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < marked.length; i++) await page.keyboard.press('Shift+ArrowLeft');
}

for (const editor of EDITORS) {
  test.describe(`insertion into ${editor.name}`, () => {
    test('a multi-line reply lands whole in the editor’s own state, with its lines; send is enabled', async ({
      context,
      extensionId,
      fixtureUrl,
    }) => {
      const { page, composer, pageErrors } = await openEditor(context, extensionId, fixtureUrl(editor.page));
      await expect(page.getByTestId('send')).toBeDisabled();
      await composer.click();
      await insertReplyFromPanel(page);

      await expectState(page, FILLED);
      await expect(page.getByTestId('send')).toBeEnabled();
      await expect(page.getByTestId('trustops-notice')).toHaveClass(/inserted/);
      await expect(composer).toBeFocused();
      // The DOM agrees line by line (blank lines aside: <p> elements render them twice in innerText).
      const shown = await composer.evaluate((el) => ('value' in el ? String(el.value) : (el as HTMLElement).innerText));
      expect(shown.split('\n').filter((l) => l.trim()).map((l) => l.replace(/\u00a0/g, ' '))).toEqual(
        FILLED.split('\n').filter((l) => l.trim()),
      );
      expect(pageErrors, 'the editor did not throw').toEqual([]);
    });

    test('replaces the text selected in the editor', async ({ context, extensionId, fixtureUrl }) => {
      const { page, composer } = await openEditor(context, extensionId, fixtureUrl(editor.page));
      await typeAndSelect(page, composer, 'Добрый день! ', 'ЧЕРНОВИК', ' Хорошего дня.');
      await expectState(page, 'Добрый день! ЧЕРНОВИК Хорошего дня.');
      await insertReplyFromPanel(page);

      await expectState(page, `Добрый день! ${FILLED} Хорошего дня.`);
      await expect(page.getByTestId('trustops-notice')).toHaveClass(/inserted/);
    });

    test('Ctrl+Z takes the inserted reply back out', async ({ context, extensionId, fixtureUrl }) => {
      const { page, composer } = await openEditor(context, extensionId, fixtureUrl(editor.page));
      await composer.click();
      await page.keyboard.type('Черновик');
      await expectState(page, 'Черновик');
      // Editors merge edits made close together into one undo step (Quill: within 1 s).
      await page.waitForTimeout(1100);
      await insertReplyFromPanel(page);
      await expectState(page, `Черновик${FILLED}`);

      await expect(composer).toBeFocused();
      await page.keyboard.press('Control+z');
      await expectState(page, 'Черновик');
    });
  });
}

test('an editor that swallows the text gets nothing; the reply goes to the clipboard with a notice', async ({
  context,
  extensionId,
  fixtureUrl,
}) => {
  const url = fixtureUrl('pages/editors-lexical.html?refuse');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const { page, composer } = await openEditor(context, extensionId, url);
  await composer.click();
  await insertReplyFromPanel(page);

  await expect(page.getByTestId('trustops-notice')).toContainText(/Ctrl\+V|⌘V/);
  await expectState(page, '');
  await expect(page.getByTestId('send')).toBeDisabled();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FILLED);
});
