import { copyToClipboard } from './clipboard';
import { findEditor, type EditorKind } from './drivers';
import { runInsertPlan } from './drivers/run-plan';
import { readEditorText } from './readback';
import { restoreCaret } from './rich/caret';
import { significantLines } from './rich/line-readback';
import { focusWithSelection, savedSelection } from './selection';

/**
 * - `inserted`: the editor shows the text (read back after writing);
 * - `copied`: the editor refused it, the text is on the clipboard for the user to paste;
 * - `failed`: neither worked; the caller shows the text so it can be copied by hand.
 */
export type InsertOutcome = { status: 'inserted' | 'copied' | 'failed'; kind: EditorKind | null };

/**
 * Inserts `text` into `composer` at the caret it had before focus moved away, with its driver's
 * insert plan, verifies by reading the editor back, and falls back to the clipboard. Never
 * throws: a failing editor must not break the page or the panel.
 */
export async function insertText(composer: HTMLElement, text: string): Promise<InsertOutcome> {
  const editor = findEditor(composer);
  const kind = editor?.driver.kind ?? null;
  try {
    if (editor?.element.isConnected) {
      const { element, driver } = editor;
      const before = readEditorText(element);
      // Read before focusing: the focus watcher re-saves the caret as the browser places it on focus.
      const caret = savedSelection(element);
      focusWithSelection(element);
      restoreCaret(element, caret);
      const now = () => readEditorText(element);
      const inserted = await runInsertPlan(editor, text, {
        done: () => driver.wasInserted(before, now(), text),
        changed: () => significantLines(now()).join('\n') !== significantLines(before).join('\n'),
      });
      if (inserted) return { status: 'inserted', kind };
    }
  } catch (error) {
    console.warn('[TrustOps] insertion failed, copying instead', error);
  }
  const copied = await copyToClipboard(text, composer.ownerDocument);
  return { status: copied ? 'copied' : 'failed', kind };
}
