import { freeSpans, inColumn, type Span } from './placement/spans';

/**
 * Where the panel goes beside the composer, as a pure function of rectangles (viewport
 * coordinates), so that "never covers the composer" is testable without a browser.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export type Side = 'right' | 'left' | 'below' | 'above';
export interface Placement {
  left: number;
  top: number;
  /** Height available on the chosen side; the panel scrolls inside beyond it. */
  maxHeight: number;
  side: Side;
}

export const GAP = 8;
export const MARGIN = 8;
/** Below this height a list of suggestions is not usable: better show the chip. */
export const MIN_PANEL_HEIGHT = 150;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

export const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box a placement covers for something of `size` (capped to the placement's height). */
export const coveredBy = (p: Placement, size: Size): Rect => ({
  left: p.left,
  top: p.top,
  right: p.left + size.width,
  bottom: p.top + Math.min(size.height, p.maxHeight),
});

const clear = (p: Placement, size: Size, avoid: Rect[]): boolean => !avoid.some((r) => intersects(coveredBy(p, size), r));

/**
 * Docks the panel right of the composer's box, else left of it. Never below or above: chat
 * threads sit above the composer (the customer's last messages) and the page's own controls
 * below it, and a panel there would cover them. Beside the composer the panel also keeps off
 * `avoid` (the customer's last message, where the thread is wider than the composer's row): it
 * takes the free stretch of its column level with the composer and is capped to it, so a panel
 * that grows never jumps elsewhere. Returns null when neither side has a stretch of
 * `minHeight`: the caller shows the compact chip instead.
 */
export function placeBeside(composer: Rect, panel: Size, viewport: Size, minHeight = MIN_PANEL_HEIGHT, avoid: Rect[] = []): Placement | null {
  const maxLeft = viewport.width - MARGIN - panel.width;
  const columns: [Side, number][] = [];
  if (composer.right + GAP <= maxLeft) columns.push(['right', composer.right + GAP]);
  if (composer.left - GAP - panel.width >= MARGIN) columns.push(['left', composer.left - GAP - panel.width]);
  // The part of the window's height the composer takes: the panel's stretch must reach it.
  const from = clamp(composer.top, MARGIN, viewport.height - MARGIN - 1);
  const to = Math.max(from + 1, clamp(composer.bottom, MARGIN, viewport.height - MARGIN));
  const besideComposer = (s: Span) => s.start < to && s.end > from && s.end - s.start >= minHeight;
  for (const [side, left] of columns) {
    const span = freeSpans(MARGIN, viewport.height - MARGIN, inColumn(avoid, left, panel.width)).find(besideComposer);
    if (!span) continue;
    const height = Math.min(panel.height, span.end - span.start);
    return { side, left, top: clamp(composer.top, span.start, span.end - height), maxHeight: span.end - span.start };
  }
  return null;
}

/**
 * The compact chip at the composer box's corner, outside the box: beside its bottom corner when
 * there is room, else just under its bottom-right corner, else just over its top-right corner;
 * the first of those that keeps off `avoid`, else the first.
 */
export function placeChip(composer: Rect, chip: Size, viewport: Size, avoid: Rect[] = []): Placement {
  const candidates: Placement[] = [];
  const beside = placeBeside(composer, chip, viewport, chip.height);
  const besideTop = clamp(composer.bottom - chip.height, MARGIN, viewport.height - MARGIN - chip.height);
  if (beside) candidates.push({ ...beside, top: besideTop, maxHeight: chip.height });
  const left = clamp(composer.right - chip.width, MARGIN, viewport.width - MARGIN - chip.width);
  if (composer.bottom + GAP + chip.height <= viewport.height - MARGIN)
    candidates.push({ side: 'below', left, top: composer.bottom + GAP, maxHeight: chip.height });
  candidates.push({ side: 'above', left, top: Math.max(MARGIN, composer.top - GAP - chip.height), maxHeight: chip.height });
  return candidates.find((p) => clear(p, chip, avoid)) ?? candidates[0]!;
}

export { placePopover } from './placement/popover';

/** The user's drag offset on top of the automatic place, kept inside the viewport. */
export function applyOffset(placement: Placement, offset: { dx: number; dy: number }, panel: Size, viewport: Size): Placement {
  const height = Math.min(panel.height, placement.maxHeight);
  return {
    ...placement,
    left: clamp(placement.left + offset.dx, MARGIN, viewport.width - MARGIN - panel.width),
    top: clamp(placement.top + offset.dy, MARGIN, viewport.height - MARGIN - height),
  };
}
