import { copyToClipboard } from './clipboard';
import { detectEditorKind, type EditorKind } from './detect';
import { readEditorText, textWasInserted } from './readback';
import { focusWithSelection } from './selection';
import { writeAtSelection } from './write';

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
      focusWithSelection(composer);
      writeAtSelection(composer, kind, text);
      if (textWasInserted(before, readEditorText(composer), text)) return { status: 'inserted', kind };
    }
  } catch (error) {
    console.warn('[TrustOps] insertion failed, copying instead', error);
  }
  const copied = await copyToClipboard(text, composer.ownerDocument);
  return { status: copied ? 'copied' : 'failed', kind };
}
