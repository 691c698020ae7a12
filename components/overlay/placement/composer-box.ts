import { findSendButton } from '../../../lib/editor/send-button';
import type { Rect } from '../placement';

/** How far up from the editable element its row (the wrappers holding attach/send buttons) is looked for. */
export const ROW_LEVELS = 4;
/** A wrapper taller than the editor by more than this holds more than the composer's row (the thread, say). */
const MAX_EXTRA_HEIGHT = 72;

const union = (a: Rect, b: DOMRect): Rect => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

/**
 * The composer's whole box in viewport coordinates: the editable element together with the row
 * around it that holds its attach and send controls (they usually sit beside the editable
 * element, not inside it), and the send button wherever it is. The panel and the chip keep off
 * this box. A row as wide as the thread leaves no room beside it: the chip is shown instead of
 * a panel over the customer's messages.
 */
export function composerBox(composer: HTMLElement): Rect {
  const own = composer.getBoundingClientRect();
  let box: Rect = { left: own.left, top: own.top, right: own.right, bottom: own.bottom };
  let node = composer.parentElement;
  for (let level = 0; node && level < ROW_LEVELS && node !== document.body; level++, node = node.parentElement) {
    const r = node.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.height > own.height + MAX_EXTRA_HEIGHT) break;
    box = union(box, r);
  }
  const send = findSendButton(composer)?.getBoundingClientRect();
  if (send && send.width > 0 && send.height > 0) box = union(box, send);
  return box;
}
