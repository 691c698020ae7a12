import { findEditor } from './drivers';
import { runInsertPlan } from './drivers/run-plan';
import { readDraft } from './draft';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Editors other than text fields take a removal as the replacement of a neighbouring character
 * on the same line by itself: an empty paste or command is ignored by most of them, and this way
 * the removal goes through the same measured plan as every other write.
 */
export function asNonEmptyEdit(draft: string, edit: TextEdit): TextEdit | null {
  if (edit.text) return edit;
  const { start, end } = edit;
  if (start > 0 && draft[start - 1] !== '\n') return { start: start - 1, end, text: draft.charAt(start - 1) };
  if (end < draft.length && draft[end] !== '\n') return { start, end: end + 1, text: draft.charAt(end) };
  return null;
}

/**
 * Replaces the UTF-16 range [start, end) of the composer's text (as `readDraft` counts it) with
 * `text`: the driver selects the range in the editor, then writes with the same insert plan as a
 * reply (page-world paste or beforeinput for rich editors, native editing commands elsewhere), so
 * the editor's own model sees an edit of its selection. Resolves to false when the editor did not
 * end up with the expected draft; never throws.
 */
export async function replaceRange(composer: HTMLElement, start: number, end: number, text: string): Promise<boolean> {
  try {
    const editor = findEditor(composer);
    if (!editor?.element.isConnected || start < 0 || end < start) return false;
    const { element, driver } = editor;
    const before = readDraft(element);
    if (end > before.text.length) return false;
    const edit = driver.writesEmptyText ? { start, end, text } : asNonEmptyEdit(before.text, { start, end, text });
    if (!edit) return false;
    const expected = before.text.slice(0, edit.start) + edit.text + before.text.slice(edit.end);
    element.focus({ preventScroll: true });
    if (!driver.selectRange(element, before, edit.start, edit.end)) return false;
    const now = () => readDraft(element).text;
    return await runInsertPlan(editor, edit.text, {
      done: () => driver.draftIs(now(), expected),
      changed: () => now() !== before.text,
    });
  } catch (error) {
    console.warn('[TrustOps] could not replace text in the editor', error);
    return false;
  }
}
