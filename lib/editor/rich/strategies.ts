import type { EditorKind } from '../detect';
import { readEditorText } from '../readback';
import type { SavedSelection } from '../selection';
import {
  execCommandIntoDraftText, execCommandSingleLine, execCommandText, pasteInPage, pasteParagraphsInPage,
  replacementTextInPage, type Attempt,
} from './attempts';
import { restoreCaret } from './caret';
import { linesWereInserted, significantLines } from './line-readback';
import { selectionSettled, waitUntil } from './timing';

export type RichEditorKind = Extract<EditorKind, 'draftjs' | 'lexical' | 'prosemirror' | 'quill'>;

/**
 * Ways to write, most reliable first, as measured in Chromium against the real libraries
 * (README.md has the table). The next one is tried only when the editor's text did not change.
 */
const PLANS: Record<RichEditorKind, readonly Attempt[]> = {
  draftjs: [pasteInPage, execCommandIntoDraftText],
  lexical: [replacementTextInPage, pasteInPage, execCommandSingleLine],
  prosemirror: [pasteParagraphsInPage, execCommandText],
  quill: [pasteInPage, execCommandText],
};

export function isRichEditorKind(kind: EditorKind | null): kind is RichEditorKind {
  return kind !== null && kind in PLANS;
}

/** How long an editor that cancelled our event may take to render the text (React, Lexical). */
const RENDER_TIMEOUT_MS = 400;

/**
 * Writes `text` into a focused rich editor at `caret` (the selection saved before focus moved to
 * the panel) and reports whether the editor now shows every line of it. Stops at the first
 * attempt that changed the editor: writing again would duplicate whatever part went in.
 */
export async function insertIntoRichEditor(
  editor: HTMLElement,
  kind: RichEditorKind,
  text: string,
  caret?: SavedSelection,
): Promise<boolean> {
  restoreCaret(editor, caret);
  await selectionSettled(editor.ownerDocument);
  const before = readEditorText(editor);
  const inserted = () => linesWereInserted(before, readEditorText(editor), text);
  const changed = () => significantLines(readEditorText(editor)).join('\n') !== significantLines(before).join('\n');
  for (const attempt of PLANS[kind]) {
    if (!attempt.fits(editor, text)) continue;
    const accepted = attempt.write(editor, text);
    if (await waitUntil(inserted, accepted ? RENDER_TIMEOUT_MS : 0)) return true;
    if (changed()) {
      console.warn(`[TrustOps] ${kind}: "${attempt.name}" changed the text but not as expected`);
      return false;
    }
  }
  return false;
}
