import { describe, expect, it } from 'vitest';
import { coveredBy, intersects, placeBeside, placeChip, placePopover, type Rect, type Size } from '../../components/overlay/placement';

// Issue 11: the overlay keeps off the customer's last message as it keeps off the composer.
const viewport: Size = { width: 1024, height: 640 };
const panel: Size = { width: 320, height: 420 };
const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });

describe('placement that keeps off the customer\'s last message', () => {
  it('docks below the message, capped to the stretch beside the composer; else on the other side; else not at all', () => {
    const composer = rect(380, 560, 300, 60);
    expect(placeBeside(composer, panel, viewport)).toMatchObject({ side: 'right', left: 688, top: 212, maxHeight: 624 });
    // Room enough between the message and the window's bottom: the panel stays right, under the message.
    expect(placeBeside(composer, panel, viewport, undefined, [rect(700, 400, 180, 60)])).toMatchObject({ side: 'right', top: 468, maxHeight: 164 });
    // Too little room under it on the right: left of the composer.
    expect(placeBeside(composer, panel, viewport, undefined, [rect(700, 420, 180, 100)])).toMatchObject({ side: 'left', left: 52 });
    // Neither side clear: the caller shows the chip.
    expect(placeBeside(composer, panel, viewport, undefined, [rect(20, 420, 990, 100)])).toBeNull();
  });

  it('keeps its place as the panel grows (capped, never moved over the message)', () => {
    const composer = rect(380, 560, 300, 60);
    const message = [rect(700, 300, 180, 60)];
    const small = placeBeside(composer, { width: 320, height: 120 }, viewport, undefined, message)!;
    const grown = placeBeside(composer, { width: 320, height: 600 }, viewport, undefined, message)!;
    expect([small.side, grown.side]).toEqual(['right', 'right']);
    expect(grown.top).toBeGreaterThanOrEqual(368);
    expect(grown.maxHeight).toBe(632 - 368);
  });

  it('opens the popover in free space beside the message, else between it and the composer', () => {
    const composer = rect(0, 560, 1024, 60);
    const narrow = rect(20, 100, 480, 80);
    const p = placePopover(composer, panel, viewport, [narrow]);
    expect(intersects(coveredBy(p, panel), narrow)).toBe(false);
    expect(p).toMatchObject({ side: 'above', left: 696, top: 552 - 420 });

    const wide = rect(20, 300, 900, 100);
    const q = placePopover(composer, panel, viewport, [wide]);
    for (const kept of [wide, composer]) expect(intersects(coveredBy(q, panel), kept)).toBe(false);
    expect(q.maxHeight).toBe(292 - 8); // the taller stretch: from the window's top to just above the message
  });

  it('never lets the popover cover the composer or the message while any stretch is free', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 500; i++) {
      const composer = rect(random() * 600, 200 + random() * 380, 200 + random() * 400, 40 + random() * 80);
      const message = rect(random() * 700, random() * 200, 100 + random() * 500, 30 + random() * 120);
      const p = placePopover(composer, panel, viewport, [message]);
      if (p.maxHeight <= 0) continue;
      const box = coveredBy(p, panel);
      expect(intersects(box, composer), JSON.stringify({ composer, message, p })).toBe(false);
      expect(intersects(box, message), JSON.stringify({ composer, message, p })).toBe(false);
      expect(box.top).toBeGreaterThanOrEqual(8);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height - 8);
    }
  });

  it('puts the chip at another corner when the first one would cover the message', () => {
    const composer = rect(0, 400, 1024, 60);
    const chip = { width: 140, height: 32 };
    expect(placeChip(composer, chip, viewport)).toMatchObject({ side: 'below' });
    expect(placeChip(composer, chip, viewport, [rect(800, 470, 200, 40)])).toMatchObject({ side: 'above', top: 400 - 8 - 32 });
  });
});
