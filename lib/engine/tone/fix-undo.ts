import type { TextEdit } from './fixes';

/**
 * Undo of "fix all". `applied` are the edits written into `before`, each in the coordinates of
 * `before` and none overlapping (fixAllEdits). Returns the edits that turn the fixed draft back
 * into `before`, last first like fixAllEdits, so each write leaves the offsets of the next valid.
 * Only the fixed ranges are rewritten: the rest of the draft (and a rich editor's formatting
 * there) is not touched. Pure: no DOM.
 */
export function revertEdits(before: string, applied: readonly TextEdit[]): TextEdit[] {
  const ascending = [...applied].sort((a, b) => a.start - b.start);
  const reverts: TextEdit[] = [];
  // How far the fixes before an edit moved its start in the fixed draft.
  let shift = 0;
  for (const edit of ascending) {
    const start = edit.start + shift;
    reverts.push({ start, end: start + edit.text.length, text: before.slice(edit.start, edit.end) });
    shift += edit.text.length - (edit.end - edit.start);
  }
  return reverts.reverse();
}

/** `text` with `edits` written last first (each in the coordinates of `text`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((draft, edit) => draft.slice(0, edit.start) + edit.text + draft.slice(edit.end), text);
}
