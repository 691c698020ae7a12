import { isTextField } from './detect';

/**
 * The composer's caret, saved while the composer has it, so that a reply chosen in the panel
 * lands where the user was typing even though focus (and the document selection, when the user
 * selects the customer's message) moved elsewhere in between.
 */
export type SavedSelection =
  | { kind: 'field'; start: number; end: number }
  | { kind: 'range'; range: Range };

const saved = new WeakMap<HTMLElement, SavedSelection>();

/** Records the caret of `composer` if the current selection is inside it. */
export function rememberSelection(composer: HTMLElement): void {
  if (isTextField(composer)) {
    const { selectionStart, selectionEnd } = composer;
    if (selectionStart != null && selectionEnd != null)
      saved.set(composer, { kind: 'field', start: selectionStart, end: selectionEnd });
    return;
  }
  const selection = composer.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  if (composer.contains(range.commonAncestorContainer)) saved.set(composer, { kind: 'range', range: range.cloneRange() });
}

export function savedSelection(composer: HTMLElement): SavedSelection | undefined {
  return saved.get(composer);
}

/**
 * Focuses `composer` and puts the caret back where it was; with nothing saved (or a saved range
 * whose nodes the editor has since replaced) the caret goes to the end of the text.
 */
export function focusWithSelection(composer: HTMLElement): void {
  // Read first: focusing fires the composer watcher, which re-saves the caret where the browser
  // put it on focus (often the start of the text).
  const remembered = saved.get(composer);
  composer.focus({ preventScroll: true });
  if (isTextField(composer)) {
    const length = composer.value.length;
    const start = remembered?.kind === 'field' ? Math.min(remembered.start, length) : length;
    const end = remembered?.kind === 'field' ? Math.min(remembered.end, length) : length;
    composer.setSelectionRange(start, end);
    return;
  }
  const selection = composer.ownerDocument.getSelection();
  if (!selection) return;
  let range = remembered?.kind === 'range' && isRangeInside(remembered.range, composer) ? remembered.range : null;
  if (!range) {
    range = composer.ownerDocument.createRange();
    range.selectNodeContents(composer);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

function isRangeInside(range: Range, composer: HTMLElement): boolean {
  return composer.contains(range.startContainer) && composer.contains(range.endContainer);
}
