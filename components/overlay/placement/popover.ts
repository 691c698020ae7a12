import { GAP, MARGIN, type Placement, type Rect, type Size } from '../placement';
import { freeSpans, inColumn, type Span } from './spans';

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * The panel the user opened from the chip although no side of the composer has room: in the
 * tallest free stretch of the window that keeps off the composer's box and off `avoid` (the
 * customer's last message), tried at a few horizontal places (under the composer's right edge,
 * the window's right edge, the composer's left edge, the window's left edge). The panel hugs the
 * composer's side of that stretch and is capped to it (it scrolls inside, its footer stays). Only
 * when nothing is free does it fall back to over the thread, just above the composer.
 */
export function placePopover(composer: Rect, panel: Size, viewport: Size, avoid: Rect[] = []): Placement {
  const maxLeft = viewport.width - MARGIN - panel.width;
  const lefts = [composer.right - panel.width, maxLeft, composer.left, MARGIN].map((x) => clamp(x, MARGIN, maxLeft));
  let best: { left: number; span: Span; shown: number } | null = null;
  for (const left of new Set(lefts)) {
    const blocked = inColumn([composer, ...avoid], left, panel.width);
    for (const span of freeSpans(MARGIN, viewport.height - MARGIN, blocked)) {
      const shown = Math.min(panel.height, span.end - span.start);
      if (!best || shown > best.shown) best = { left, span, shown };
    }
  }
  if (!best) {
    const maxHeight = Math.max(composer.top - GAP - MARGIN, 0);
    const left = clamp(composer.right - panel.width, MARGIN, maxLeft);
    return { side: 'above', left, top: composer.top - GAP - Math.min(panel.height, maxHeight), maxHeight };
  }
  const { left, span, shown } = best;
  const above = span.end <= composer.top;
  return { side: above ? 'above' : 'below', left, top: above ? span.end - shown : span.start, maxHeight: span.end - span.start };
}
