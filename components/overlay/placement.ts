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
 * Docks the panel right of the composer's box, else left of it. Never below or above: chat
 * threads sit above the composer (the customer's last messages) and the page's own controls
 * below it, and a panel there would cover them. Returns null when neither side has room: the
 * caller shows the compact chip instead.
 */
export function placeBeside(composer: Rect, panel: Size, viewport: Size, minHeight = MIN_PANEL_HEIGHT): Placement | null {
  const maxLeft = viewport.width - MARGIN - panel.width;
  const fullHeight = viewport.height - 2 * MARGIN;
  if (fullHeight < minHeight) return null;
  const height = Math.min(panel.height, fullHeight);
  const topBeside = clamp(composer.top, MARGIN, viewport.height - MARGIN - height);

  if (composer.right + GAP <= maxLeft)
    return { side: 'right', left: composer.right + GAP, top: topBeside, maxHeight: fullHeight };
  if (composer.left - GAP - panel.width >= MARGIN)
    return { side: 'left', left: composer.left - GAP - panel.width, top: topBeside, maxHeight: fullHeight };
  return null;
}

/**
 * The compact chip at the composer box's corner, outside the box: beside its bottom corner when
 * there is room, else just under its bottom-right corner, else just over its top-right corner.
 */
export function placeChip(composer: Rect, chip: Size, viewport: Size): Placement {
  const besideTop = clamp(composer.bottom - chip.height, MARGIN, viewport.height - MARGIN - chip.height);
  const beside = placeBeside(composer, chip, viewport, chip.height);
  if (beside) return { ...beside, top: besideTop, maxHeight: chip.height };
  const left = clamp(composer.right - chip.width, MARGIN, viewport.width - MARGIN - chip.width);
  if (composer.bottom + GAP + chip.height <= viewport.height - MARGIN)
    return { side: 'below', left, top: composer.bottom + GAP, maxHeight: chip.height };
  return { side: 'above', left, top: Math.max(MARGIN, composer.top - GAP - chip.height), maxHeight: chip.height };
}

/**
 * The panel the user opened from the chip although no side has room: over the thread or under
 * the composer, whichever is roomier, but still off the composer's box and its controls.
 */
export function placePopover(composer: Rect, panel: Size, viewport: Size): Placement {
  const left = clamp(composer.right - panel.width, MARGIN, viewport.width - MARGIN - panel.width);
  const spaceBelow = viewport.height - MARGIN - (composer.bottom + GAP);
  const spaceAbove = composer.top - GAP - MARGIN;
  if (spaceBelow >= Math.min(panel.height, MIN_PANEL_HEIGHT) && spaceBelow >= spaceAbove)
    return { side: 'below', left, top: composer.bottom + GAP, maxHeight: Math.max(spaceBelow, 0) };
  const maxHeight = Math.max(spaceAbove, 0);
  const shown = Math.min(panel.height, maxHeight);
  return { side: 'above', left, top: composer.top - GAP - shown, maxHeight };
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
