import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { composerOf, isTextField } from '../../../lib/editor/detect';
import { isFocusInPanel } from '../panel-actions';
import { overlayHost, overlayShadow } from '../overlay-host';

const SELECTION_DEBOUNCE_MS = 300;
/** Shorter selections are accidental (a double-click on a word is still allowed). */
const MIN_MESSAGE_LENGTH = 2;
/** A selection counts as the user's only this soon after their own pointer or key input. */
const USER_GESTURE_MS = 1_500;
const GESTURES = ['pointerdown', 'pointerup', 'keydown', 'keyup'] as const;

/**
 * Text the user selects on the page is the customer's message to answer. Ignored: selections in
 * a composer or any other editable field (that is the user's own draft), and in the panel.
 */
export function watchSelectedMessage(ctx: ContentScriptContext, onMessage: (text: string) => void): void {
  let timer: number | undefined;
  // `selectionchange` is trusted even when a page script made the selection: only a selection made
  // right after the user's own (trusted) pointer or key input may become the message to answer, so
  // a page cannot choose the text a pick is recorded under.
  let lastGesture = -Infinity;
  let pointerDown = false; // a slow drag selects for as long as it lasts
  for (const type of GESTURES)
    ctx.addEventListener(window, type, (event) => {
      if (!event.isTrusted) return;
      lastGesture = performance.now();
      if (type === 'pointerdown') pointerDown = true;
      else if (type === 'pointerup') pointerDown = false;
    }, { capture: true, passive: true });
  // Read at once, committed after the selection settles: a click into the composer right after
  // selecting collapses the selection, and must not lose the message that was just selected.
  ctx.addEventListener(document, 'selectionchange', () => {
    if (!pointerDown && performance.now() - lastGesture > USER_GESTURE_MS) return;
    const text = selectedMessage(document);
    if (!text) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => onMessage(text), SELECTION_DEBOUNCE_MS);
  });
}

export function selectedMessage(doc: Document): string | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString().trim();
  if (text.length < MIN_MESSAGE_LENGTH || isFocusInPanel(doc)) return null;
  if (isInOverlay(selection, doc)) return null;
  // Chromium reports a selection inside a focused textarea through the document selection too.
  const active = doc.activeElement;
  if (active && isTextField(active) && active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0).trim() === text) return null;
  const anchor = selection.getRangeAt(0).commonAncestorContainer;
  const anchorElement = anchor instanceof Element ? anchor : anchor.parentElement;
  if (anchorElement && composerOf(anchorElement)) return null;
  return text;
}

/**
 * Seen from the document, a selection inside the panel's shadow root is retargeted to its host:
 * it may look collapsed next to the host, or contain it. Composed ranges, where the browser has
 * them, say exactly where it is.
 */
function isInOverlay(selection: Selection, doc: Document): boolean {
  const host = overlayHost();
  if (!host || host.ownerDocument !== doc) return false;
  if (selection.containsNode(host, true)) return true;
  const parent = host.parentNode;
  if (parent && selection.anchorNode === parent && parent.childNodes[selection.anchorOffset] === host) return true;
  const shadow = overlayShadow(); // closed in production: host.shadowRoot is null
  const composed = (selection as ComposedSelection).getComposedRanges;
  if (!shadow || typeof composed !== 'function') return false;
  try {
    const [range] = composed.call(selection, { shadowRoots: [shadow] });
    return !!range && shadow.contains(range.startContainer);
  } catch {
    return false;
  }
}

type ComposedSelection = Selection & {
  getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};
