import { GAP, MARGIN, type Rect, type Size } from '../placement';

export interface StripPlacement {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

const MIN_WIDTH = 260;
const MAX_WIDTH = 480;
const MAX_HEIGHT = 240;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The findings strip hangs under the composer, as wide as it (within limits), left-aligned with
 * it. It goes above instead when there is no room below, or when below would cover one of
 * `avoid` (the page's send button: with warnings only, the user must still be able to send).
 */
export function placeStrip(composer: Rect, stripHeight: number, viewport: Size, avoid: readonly Rect[] = []): StripPlacement {
  const width = Math.min(Math.max(composer.right - composer.left, MIN_WIDTH), MAX_WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(composer.left, viewport.width - MARGIN - width));
  const height = Math.min(stripHeight, MAX_HEIGHT);
  const spaceBelow = viewport.height - MARGIN - (composer.bottom + GAP);
  const spaceAbove = composer.top - GAP - MARGIN;

  const below = (): StripPlacement => ({ left, top: composer.bottom + GAP, width, maxHeight: Math.max(Math.min(MAX_HEIGHT, spaceBelow), 0) });
  const above = (): StripPlacement => {
    const shown = Math.min(height, spaceAbove);
    return { left, top: composer.top - GAP - shown, width, maxHeight: Math.min(MAX_HEIGHT, spaceAbove) };
  };
  const clear = (p: StripPlacement) => !avoid.some((rect) => overlaps({ left: p.left, top: p.top, right: p.left + width, bottom: p.top + height }, rect));

  if (spaceBelow >= height && clear(below())) return below();
  if (spaceAbove >= height && clear(above())) return above();
  return spaceBelow >= spaceAbove ? below() : above();
}
