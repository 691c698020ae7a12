import { detectEditorKind, editingHost, isTextField } from './detect';
import { readDraft } from './draft';
import { normalizeForComparison } from './readback';
import { rangeForOffsets } from './text-map';
import { writeAtSelection } from './write';

/**
 * Replaces the UTF-16 range [start, end) of the composer's text (as `readDraft` counts it) with
 * `text`: the range is selected in the editor and written with the same strategies as insertion
 * (native editing commands first, so React and the editor's own model see a real input), then
 * the editor is read back. Returns false when the editor did not end up with the expected text;
 * never throws.
 */
export function replaceRange(element: HTMLElement, start: number, end: number, text: string): boolean {
  try {
    const kind = detectEditorKind(element);
    if (!kind || !element.isConnected || start < 0 || end < start) return false;
    if (isTextField(element)) {
      const before = element.value;
      if (end > before.length) return false;
      element.focus({ preventScroll: true });
      element.setSelectionRange(start, end);
      writeAtSelection(element, kind, text);
      return element.value === before.slice(0, start) + text + before.slice(end);
    }
    const host = editingHost(element);
    if (!host) return false;
    const before = readDraft(host);
    const range = before.map && rangeForOffsets(before.map, host, start, end);
    if (!range) return false;
    host.focus({ preventScroll: true });
    const selection = host.ownerDocument.getSelection();
    if (!selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    writeAtSelection(host, kind, text);
    const expected = before.text.slice(0, start) + text + before.text.slice(end);
    // Editors re-wrap whitespace (NBSP, line elements); the words and their order must match.
    return normalizeForComparison(readDraft(host).text) === normalizeForComparison(expected);
  } catch (error) {
    console.warn('[TrustOps] could not replace text in the editor', error);
    return false;
  }
}
