import type { DraftSnapshot } from '../draft';
import { rangeForOffsets } from '../text-map';

/**
 * Selects [start, end) of a contenteditable's draft in the DOM, through the draft's text map. Rich
 * editors pick the new selection up from `selectionchange` into their own model, so what they
 * write next replaces exactly this range in their model too.
 */
export function selectDraftRange(host: HTMLElement, draft: DraftSnapshot, start: number, end: number): boolean {
  const range = draft.map && rangeForOffsets(draft.map, host, start, end);
  const selection = host.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
