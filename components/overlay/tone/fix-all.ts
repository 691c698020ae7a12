import type { ToneFinding } from '../../../lib/engine/tone';
// The fixes file itself, not the engine's index: the content script stays small (the engine loads lazily).
import { fixAllEdits, type TextEdit } from '../../../lib/engine/tone/fixes';
import { applyEdits, revertEdits } from '../../../lib/engine/tone/fix-undo';
import { readDraft } from '../../../lib/editor/draft';
import { replaceRange } from '../../../lib/editor/replace-range';
import { getOverlay } from '../store';
import { checkNow } from './live-check';
import { getTone, setTone } from './store';

/** Writes `edits` (last first) into the composer; returns those the editor took, stopping at the first it refused. */
async function writeEdits(composer: HTMLElement, edits: readonly TextEdit[]): Promise<{ written: TextEdit[]; ok: boolean }> {
  const written: TextEdit[] = [];
  for (const edit of edits) {
    if (!(await replaceRange(composer, edit.start, edit.end, edit.text))) return { written, ok: false };
    written.push(edit);
  }
  return { written, ok: true };
}

/**
 * Writes every fix into the editor in one go, from the end of the draft to its start so the
 * offsets of the fixes still to write stay valid; of overlapping fixes only the widest is written
 * (the others are found again by the re-check). Like one fix, nothing is written when the draft
 * changed since the check; a write the editor refused stops the rest and says so. What was
 * written can be undone while the draft stays as it was left (undoFixAll).
 */
export async function applyAllFixes(findings: readonly ToneFinding[]): Promise<void> {
  const { composer } = getOverlay();
  const { text } = getTone();
  if (!composer) return;
  if (readDraft(composer).text !== text) return void checkNow();
  const { written, ok } = await writeEdits(composer, fixAllEdits(findings));
  const after = readDraft(composer).text;
  // Undo rewrites only the fixed ranges, so it is offered only when the draft is exactly what they made it.
  const undoable = written.length > 0 && after === applyEdits(text, written);
  setTone({ fixAllUndo: undoable ? { composer, after, revert: revertEdits(text, written), count: written.length } : null });
  checkNow();
  setTone({ fixFailed: !ok });
}

/** Puts back the words "fix all" replaced, unless the draft was edited since (then it only re-checks). */
export async function undoFixAll(): Promise<void> {
  const { composer } = getOverlay();
  const undo = getTone().fixAllUndo;
  setTone({ fixAllUndo: null });
  if (!composer || !undo || undo.composer !== composer || readDraft(composer).text !== undo.after) return void checkNow();
  const { ok } = await writeEdits(composer, undo.revert);
  checkNow();
  setTone({ fixFailed: !ok });
}
