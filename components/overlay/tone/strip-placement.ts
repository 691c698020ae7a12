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

/**
 * The findings strip hangs under the composer, as wide as it (within limits), left-aligned
 * with it; above it when the viewport has no room below (composers at the bottom of a chat).
 */
export function placeStrip(composer: Rect, stripHeight: number, viewport: Size): StripPlacement {
  const width = Math.min(Math.max(composer.right - composer.left, MIN_WIDTH), MAX_WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(composer.left, viewport.width - MARGIN - width));
  const height = Math.min(stripHeight, MAX_HEIGHT);
  const spaceBelow = viewport.height - MARGIN - (composer.bottom + GAP);
  const spaceAbove = composer.top - GAP - MARGIN;
  if (spaceBelow >= height || spaceBelow >= spaceAbove)
    return { left, top: composer.bottom + GAP, width, maxHeight: Math.max(Math.min(MAX_HEIGHT, spaceBelow), 0) };
  const shown = Math.min(height, spaceAbove);
  return { left, top: composer.top - GAP - shown, width, maxHeight: Math.min(MAX_HEIGHT, spaceAbove) };
}
