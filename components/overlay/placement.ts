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

/**
 * Tries, in order: right of the composer, left, below, above (below before above: chat threads
 * sit above the composer and the user selects the customer's message there). A side is taken
 * when the panel fits there whole; otherwise the roomiest of below/above if it can hold at
 * least `minHeight`. Returns null when no side has room: the caller shows the small chip.
 */
export function placeBeside(composer: Rect, panel: Size, viewport: Size, minHeight = MIN_PANEL_HEIGHT): Placement | null {
  const maxLeft = viewport.width - MARGIN - panel.width;
  const fullHeight = viewport.height - 2 * MARGIN;
  const height = Math.min(panel.height, fullHeight);
  const topBeside = clamp(composer.top, MARGIN, viewport.height - MARGIN - height);

  if (composer.right + GAP <= maxLeft)
    return { side: 'right', left: composer.right + GAP, top: topBeside, maxHeight: fullHeight };
  if (composer.left - GAP - panel.width >= MARGIN)
    return { side: 'left', left: composer.left - GAP - panel.width, top: topBeside, maxHeight: fullHeight };

  // Aligned with the composer's right edge, where the send button usually is.
  const left = clamp(composer.right - panel.width, MARGIN, maxLeft);
  const spaceBelow = viewport.height - MARGIN - (composer.bottom + GAP);
  const spaceAbove = composer.top - GAP - MARGIN;
  const below = (): Placement => ({ side: 'below', left, top: composer.bottom + GAP, maxHeight: spaceBelow });
  const above = (): Placement => {
    const shown = Math.min(panel.height, spaceAbove);
    return { side: 'above', left, top: composer.top - GAP - shown, maxHeight: spaceAbove };
  };
  if (spaceBelow >= panel.height) return below();
  if (spaceAbove >= panel.height) return above();
  const roomiest = spaceBelow >= spaceAbove ? below : above;
  return Math.max(spaceBelow, spaceAbove) >= minHeight ? roomiest() : null;
}

/** The user's drag offset on top of the automatic place, kept inside the viewport. */
export function applyOffset(placement: Placement, offset: { dx: number; dy: number }, panel: Size, viewport: Size): Placement {
  const height = Math.min(panel.height, placement.maxHeight);
  return {
    ...placement,
    left: clamp(placement.left + offset.dx, MARGIN, viewport.width - MARGIN - panel.width),
    top: clamp(placement.top + offset.dy, MARGIN, viewport.height - MARGIN - height),
  };
}
