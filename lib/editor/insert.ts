import { copyToClipboard } from './clipboard';
import { insertIntoContentEditable } from './contenteditable';
import { detectEditorKind, isTextField, type EditorKind } from './detect';
import { readEditorText, textWasInserted } from './readback';
import { focusWithSelection } from './selection';
import { insertIntoTextField } from './text-field';

/**
 * - `inserted`: the editor shows the text (read back after writing);
 * - `copied`: the editor refused it, the text is on the clipboard for the user to paste;
 * - `failed`: neither worked; the caller shows the text so it can be copied by hand.
 */
export type InsertOutcome = { status: 'inserted' | 'copied' | 'failed'; kind: EditorKind | null };

type Strategy = (el: HTMLElement, text: string) => boolean;

/**
 * One strategy per editor kind. Draft.js, Lexical, ProseMirror and Quill use the generic
 * contenteditable path for now (it works where they honour native editing commands); the read
 * back catches the cases where they do not, and a dedicated MAIN-world strategy can replace the
 * entry here without touching callers.
 */
const STRATEGIES: Record<EditorKind, Strategy> = {
  'text-field': (el, text) => isTextField(el) && insertIntoTextField(el, text),
  contenteditable: insertIntoContentEditable,
  draftjs: insertIntoContentEditable,
  lexical: insertIntoContentEditable,
  prosemirror: insertIntoContentEditable,
  quill: insertIntoContentEditable,
};

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
      STRATEGIES[kind](composer, text);
      if (textWasInserted(before, readEditorText(composer), text)) return { status: 'inserted', kind };
    }
  } catch (error) {
    console.warn('[TrustOps] insertion failed, copying instead', error);
  }
  const copied = await copyToClipboard(text, composer.ownerDocument);
  return { status: copied ? 'copied' : 'failed', kind };
}
