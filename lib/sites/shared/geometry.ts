import type { Direction } from './snapshot';

export interface HorizontalRect {
  left: number;
  width: number;
}

/** Beyond this share of the list width a bubble's centre is on the sender's (right) side. */
export const OUTGOING_CENTRE_RATIO = 0.6;
/** Layout reads are the expensive part: only the newest bubbles are measured. */
export const GEOMETRY_MEASURE_LIMIT = 50;

/**
 * For sites with obfuscated classes (Instagram, Facebook/Messenger, X chat): outgoing bubbles sit
 * on the right. Null when there is no layout to judge by (zero-width list, detached node).
 * Right-to-left interfaces mirror this; the callers pass `rtl` from the document's direction.
 */
export function directionByGeometry(bubble: HorizontalRect, list: HorizontalRect, rtl = false): Direction | null {
  if (!(list.width > 0) || !(bubble.width > 0)) return null;
  const centre = (bubble.left + bubble.width / 2 - list.left) / list.width;
  const fromStart = rtl ? 1 - centre : centre;
  return fromStart > OUTGOING_CENTRE_RATIO ? 'out' : 'in';
}

/** Directions of the last GEOMETRY_MEASURE_LIMIT bubbles (older ones get null, left unmeasured). */
export function measuredDirections(bubbles: readonly Element[], list: Element | null): (Direction | null)[] {
  const result: (Direction | null)[] = bubbles.map(() => null);
  if (!list) return result;
  const listRect = list.getBoundingClientRect();
  const rtl = (list.ownerDocument?.documentElement.getAttribute('dir') ?? '').toLowerCase() === 'rtl';
  for (let i = Math.max(0, bubbles.length - GEOMETRY_MEASURE_LIMIT); i < bubbles.length; i++) {
    result[i] = directionByGeometry(bubbles[i]!.getBoundingClientRect(), listRect, rtl);
  }
  return result;
}
