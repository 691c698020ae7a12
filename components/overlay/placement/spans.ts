import { GAP, type Rect } from '../placement';

/** A vertical stretch of the window, [start, end) in viewport pixels. */
export interface Span {
  start: number;
  end: number;
}

/** The vertical stretches of [from, to] left over once `blocked` (with a gap around each) is taken out. */
export function freeSpans(from: number, to: number, blocked: Rect[]): Span[] {
  let spans: Span[] = [{ start: from, end: to }];
  for (const b of blocked) {
    const [top, bottom] = [b.top - GAP, b.bottom + GAP];
    spans = spans.flatMap((s) =>
      bottom <= s.start || top >= s.end
        ? [s]
        : [{ start: s.start, end: top }, { start: bottom, end: s.end }].filter((part) => part.end > part.start),
    );
  }
  return spans;
}

/** The rectangles among `rects` that a column [left, left + width) would run into (with a gap). */
export const inColumn = (rects: Rect[], left: number, width: number) => rects.filter((r) => r.left < left + width + GAP && r.right > left - GAP);
