import { describe, expect, it } from 'vitest';
import { applyOffset, placeBeside, placeChip, placePopover, type Rect, type Size } from '../../components/overlay/placement';

const viewport: Size = { width: 1280, height: 800 };
const panel: Size = { width: 340, height: 420 };

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function panelRect(composer: Rect, size: Size): Rect | null {
  const placed = placeBeside(composer, size, viewport);
  if (!placed) return null;
  const { left, top, maxHeight } = applyOffset(placed, { dx: 0, dy: 0 }, size, viewport);
  return rect(left, top, size.width, Math.min(size.height, maxHeight));
}

describe('panel placement beside the composer', () => {
  it('goes to the right of a centred composer, top-aligned', () => {
    expect(placeBeside(rect(300, 200, 560, 90), panel, viewport)).toMatchObject({ side: 'right', left: 868, top: 200 });
    // Low on the page: moved up just enough to stay whole, still beside the composer.
    expect(placeBeside(rect(300, 500, 560, 90), panel, viewport)).toMatchObject({ side: 'right', top: 800 - 8 - 420 });
  });

  it('goes to the left when only the left has room', () => {
    expect(placeBeside(rect(700, 200, 560, 90), panel, viewport)).toMatchObject({ side: 'left', left: 700 - 8 - 340 });
  });

  it('never goes above a full-width composer (the customer messages are there): the chip instead', () => {
    expect(placeBeside(rect(0, 720, 1280, 60), panel, viewport)).toBeNull();
  });

  it('never covers the composer, wherever it is and whatever its size', () => {
    let placedCount = 0;
    for (let left = 0; left <= 1200; left += 100)
      for (let top = -100; top <= 800; top += 60)
        for (const [width, height] of [[200, 40], [640, 90], [1000, 300], [1280, 500]] as const) {
          const composer = rect(left, top, width, height);
          const placed = panelRect(composer, panel);
          if (!placed) continue;
          placedCount++;
          expect(intersects(placed, composer), JSON.stringify({ composer, placed })).toBe(false);
          expect(placed.left).toBeGreaterThanOrEqual(0);
          expect(placed.top).toBeGreaterThanOrEqual(0);
          expect(placed.right).toBeLessThanOrEqual(viewport.width);
          expect(placed.bottom).toBeLessThanOrEqual(viewport.height);
        }
    expect(placedCount).toBeGreaterThan(100);
  });

  it('gives up (the caller shows the chip) when the composer fills the window', () => {
    expect(placeBeside(rect(0, 40, 1280, 740), panel, viewport)).toBeNull();
  });

  it('never goes below or above a composer as wide as the window', () => {
    expect(placeBeside(rect(0, 200, 1280, 300), panel, viewport)).toBeNull();
  });

  it('puts the chip at the composer box\'s corner, outside the box', () => {
    const chip = { width: 120, height: 32 };
    for (const composer of [rect(0, 720, 1280, 60), rect(0, 200, 1280, 300), rect(300, 200, 560, 90), rect(0, 0, 1280, 800)]) {
      const p = placeChip(composer, chip, viewport);
      const placed = rect(p.left, p.top, chip.width, chip.height);
      if (composer.bottom - composer.top < viewport.height) expect(intersects(placed, composer), JSON.stringify({ composer, placed })).toBe(false);
      expect(placed.right).toBeLessThanOrEqual(viewport.width);
      expect(placed.top).toBeGreaterThanOrEqual(0);
    }
    // Chat layout: just over the composer's top-right corner.
    expect(placeChip(rect(0, 720, 1280, 60), chip, viewport)).toMatchObject({ side: 'above', top: 720 - 8 - 32, left: 1280 - 8 - 120 });
  });

  it('opens the chip\'s popover off the composer, in the roomier space, capped to it', () => {
    const composer = rect(0, 720, 1280, 60);
    const p = placePopover(composer, panel, viewport);
    expect(p.side).toBe('above');
    expect(p.top + Math.min(panel.height, p.maxHeight)).toBeLessThanOrEqual(composer.top);
    expect(placePopover(rect(0, 100, 1280, 60), panel, viewport)).toMatchObject({ side: 'below', top: 168 });
  });

  it('keeps a dragged panel inside the window', () => {
    const placed = placeBeside(rect(300, 200, 560, 90), panel, viewport)!;
    expect(applyOffset(placed, { dx: 5000, dy: -5000 }, panel, viewport)).toMatchObject({ left: 1280 - 8 - 340, top: 8 });
  });
});
