import { copyToClipboard } from './clipboard';
import { detectEditorKind, type EditorKind } from './detect';
import { readEditorText, textWasInserted } from './readback';
import { focusWithSelection, savedSelection } from './selection';
import { writeAtSelection } from './write';
import { insertIntoRichEditor, isRichEditorKind } from './rich/strategies';

/**
 * - `inserted`: the editor shows the text (read back after writing);
 * - `copied`: the editor refused it, the text is on the clipboard for the user to paste;
 * - `failed`: neither worked; the caller shows the text so it can be copied by hand.
 */
export type InsertOutcome = { status: 'inserted' | 'copied' | 'failed'; kind: EditorKind | null };

/**
 * Inserts `text` into `composer` at the caret it had before focus moved away, verifies by
 * reading the editor back, and falls back to the clipboard. Never throws: a failing editor must
 * not break the page or the panel.
 */
export async function insertText(composer: HTMLElement, text: string): Promise<InsertOutcome> {
  const kind = detectEditorKind(composer);
  try {
    if (kind && composer.isConnected) {
      const before = readEditorText(composer);
      // Read before focusing: the focus watcher re-saves the caret as the browser places it on focus.
      const caret = savedSelection(composer);
      focusWithSelection(composer);
      if (isRichEditorKind(kind)) {
        // Draft.js, Lexical, ProseMirror, Quill: page-world paste/beforeinput, read back line by line.
        if (await insertIntoRichEditor(composer, kind, text, caret)) return { status: 'inserted', kind };
      } else {
        writeAtSelection(composer, kind, text);
        if (textWasInserted(before, readEditorText(composer), text)) return { status: 'inserted', kind };
      }
    }
  } catch (error) {
    console.warn('[TrustOps] insertion failed, copying instead', error);
  }
  const copied = await copyToClipboard(text, composer.ownerDocument);
  return { status: copied ? 'copied' : 'failed', kind };
}
