import { queryAllField, type FieldSelectors } from './dom';

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** The editing host of a contenteditable region (the outermost editable ancestor). */
function editingHost(el: Element): Element {
  let host = el;
  for (let parent = el.parentElement; parent && isContentEditable(parent); parent = parent.parentElement) host = parent;
  return host;
}

function isContentEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** A box a reply can be typed into; attribute checks only, so it works on any window's nodes. */
export function isWritable(el: Element | null | undefined): el is HTMLElement {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    if (el.hasAttribute('disabled') || el.hasAttribute('readonly')) return false;
    return tag === 'TEXTAREA' || TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
  }
  return isContentEditable(el);
}

/** Hidden by markup (not by layout, which would cost a style read per candidate). */
function isHiddenByMarkup(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function intersectsViewport(el: Element): boolean | null {
  const rect = el.getBoundingClientRect();
  if (!rect.width && !rect.height) return null; // no layout (detached, or a test DOM): unknown
  const view = el.ownerDocument?.defaultView;
  const height = view?.innerHeight ?? Number.POSITIVE_INFINITY;
  const width = view?.innerWidth ?? Number.POSITIVE_INFINITY;
  return rect.bottom > 0 && rect.right > 0 && rect.top < height && rect.left < width;
}

/**
 * Of the candidate boxes, the one in focus, else the one in view, else the first that markup does
 * not hide. Viewport geometry is read only to break a tie between several candidates.
 */
export function chooseComposer(doc: Document, candidates: readonly Element[], skip?: string): HTMLElement | null {
  const usable = candidates.filter(
    (el) => isWritable(el) && !isHiddenByMarkup(el) && !(skip && el.matches(skip)),
  ) as HTMLElement[];
  if (!usable.length) return null;
  const active = doc.activeElement;
  if (active) {
    const focused = usable.find((el) => el === active || el.contains(active));
    if (focused) return focused;
  }
  if (usable.length === 1) return usable[0]!;
  return usable.find((el) => intersectsViewport(el) === true) ?? usable[0]!;
}

/** The site's composer by its selector tiers (tiers in order; the first tier with a usable box wins). */
export function composerByField(doc: Document, field: FieldSelectors, skip?: string): HTMLElement | null {
  for (const tier of ['primary', 'fallback', 'heuristic'] as const) {
    if (!field[tier]) continue;
    const found = chooseComposer(doc, queryAllField(doc, field, [tier]), skip);
    if (found) return found;
  }
  return null;
}

const ANY_TEXT_BOX = 'textarea, [contenteditable]:not([contenteditable="false"])';

/** Any page: the focused writable box, else a visible textarea/contenteditable. */
export function anyComposer(doc: Document): HTMLElement | null {
  const active = doc.activeElement;
  if (active && active !== doc.body) {
    const box = isContentEditable(active) ? editingHost(active) : active;
    if (isWritable(box) && !isHiddenByMarkup(box)) return box;
  }
  const boxes = Array.from(doc.querySelectorAll(ANY_TEXT_BOX)).filter(
    (el) => !el.parentElement || !isContentEditable(el.parentElement), // editing hosts only
  );
  return chooseComposer(doc, boxes);
}
