import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * A tone fix applied from the panel, as a user clicks it, in each kind of editor the drivers know
 * (lib/editor/drivers/): the driver selects the flagged words in the editor and writes the fix
 * with the same measured plan as a reply. Judged by the editor's OWN model of the text (Draft.js
 * EditorState, Lexical's root, ProseMirror's doc, Quill's getText, React state, the page's mirror
 * fed from input events), never by the DOM alone: a DOM the model disagrees with sends the old text.
 */
interface EditorCase {
  name: string;
  page: string;
  /** Where the page keeps its own copy of the draft. */
  state: string;
  /** The key that starts a new line (this page sends on Enter). */
  newLine: string;
}
const EDITORS: EditorCase[] = [
  { name: 'React textarea', page: 'pages/editors-textarea.html', state: 'editor-state', newLine: 'Enter' },
  { name: 'plain contenteditable', page: 'pages/generic-contenteditable.html', state: 'mirror', newLine: 'Shift+Enter' },
  { name: 'Draft.js', page: 'pages/editors-draft.html', state: 'editor-state', newLine: 'Enter' },
  { name: 'Lexical rich text', page: 'pages/editors-lexical.html', state: 'editor-state', newLine: 'Enter' },
  { name: 'Lexical plain text', page: 'pages/editors-lexical.html?plain', state: 'editor-state', newLine: 'Enter' },
  { name: 'ProseMirror', page: 'pages/editors-prosemirror.html', state: 'editor-state', newLine: 'Enter' },
  { name: 'Quill', page: 'pages/editors-quill.html', state: 'editor-state', newLine: 'Enter' },
];

const FLAGGED_LINE = 'Мы гарантируем доставку, напиши нам';
const FIXED_LINE = 'Мы гарантируем доставку, напишите нам';

const findingOf = (page: Page, category: string) => page.locator(`[data-testid="trustops-finding"][data-category="${category}"]`);

async function openEditor(page: Page, url: string): Promise<{ composer: Locator; pageErrors: string[] }> {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  const composer = page.getByTestId('composer');
  await composer.click();
  await expect(page.getByTestId('trustops-panel')).toBeVisible();
  return { composer, pageErrors };
}

/** Types the lines with the editor's own new-line key, as a user would. */
async function typeLines(page: Page, lines: string[], newLine: string): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(newLine);
    await page.keyboard.type(line);
  }
}

/** Exact text (toHaveText would collapse the line breaks). */
async function expectModel(page: Page, editor: EditorCase, text: string): Promise<void> {
  await expect(page.getByTestId(editor.state)).toHaveJSProperty('textContent', text);
}

/** Clicks the fix of the «напиши» finding in the panel and checks the editor's model and its DOM. */
async function applyAddressFix(page: Page, editor: EditorCase, composer: Locator, expected: string): Promise<void> {
  const finding = findingOf(page, 'address-form');
  await expect(finding).toBeVisible();
  await expect(finding.locator('mark')).toHaveText('напиши');
  await finding.getByTestId('trustops-fix').click();

  await expectModel(page, editor, expected);
  await expect(findingOf(page, 'address-form')).toHaveCount(0);
  await expect(page.getByTestId('trustops-fix-failed')).toHaveCount(0);
  await expect(composer).toBeFocused();
  // The DOM agrees line by line (blank lines aside: <p> elements render them twice in innerText).
  const shown = await composer.evaluate((el) => ('value' in el ? String(el.value) : (el as HTMLElement).innerText));
  expect(shown.split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim()).filter(Boolean)).toEqual(expected.split('\n').filter(Boolean));
}

for (const editor of EDITORS) {
  test.describe(`tone fix in ${editor.name}`, () => {
    test('one line: the fix replaces the flagged word in the editor’s own state', async ({ context, fixtureUrl }) => {
      const page = await context.newPage();
      const { composer, pageErrors } = await openEditor(page, fixtureUrl(editor.page));
      await page.keyboard.type(FLAGGED_LINE);
      await expectModel(page, editor, FLAGGED_LINE);

      await applyAddressFix(page, editor, composer, FIXED_LINE);
      expect(pageErrors, 'the editor did not throw').toEqual([]);
    });

    test('multi-line: the flagged word on the 2nd line is fixed, the other lines stay as they were', async ({ context, fixtureUrl }) => {
      const page = await context.newPage();
      const { composer, pageErrors } = await openEditor(page, fixtureUrl(editor.page));
      const lines = ['Здравствуйте, Анна!', FLAGGED_LINE, 'Хорошего дня.'];
      await typeLines(page, lines, editor.newLine);
      await expectModel(page, editor, lines.join('\n'));

      await applyAddressFix(page, editor, composer, ['Здравствуйте, Анна!', FIXED_LINE, 'Хорошего дня.'].join('\n'));
      // Typing goes on where the fix left the caret: right after the fixed word.
      await page.keyboard.type('-ка');
      await expectModel(page, editor, ['Здравствуйте, Анна!', 'Мы гарантируем доставку, напишите-ка нам', 'Хорошего дня.'].join('\n'));
      expect(pageErrors, 'the editor did not throw').toEqual([]);
    });
  });
}
