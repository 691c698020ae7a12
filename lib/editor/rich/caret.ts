import type { SavedSelection } from '../selection';

/**
 * Puts back the caret the composer had before focus went to the panel. Needed on top of
 * ../selection.ts's focusWithSelection: by the time that reads its saved range, the focus
 * watcher has replaced it with the caret the browser put at the start of the editor on focus.
 * A range whose nodes the editor has since removed is left alone.
 */
export function restoreCaret(editor: HTMLElement, caret: SavedSelection | undefined): void {
  if (caret?.kind !== 'range') return;
  const { range } = caret;
  if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return;
  const selection = editor.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
