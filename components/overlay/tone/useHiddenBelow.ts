import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

const ROW = '[data-testid="trustops-finding"]';
/** Sub-pixel rounding: a row cut by less than this still counts as shown. */
const SLACK_PX = 2;

/** The boxes that can cut the list off: the list's own scroll area and the panel or strip around it. */
function clippers(area: HTMLElement): HTMLElement[] {
  const surface = area.closest<HTMLElement>('.surface');
  return surface ? [area, surface] : [area];
}

/** The lowest line at which rows are seen: the lowest of the clipping boxes, or a cue stuck over their bottom. */
function visibleBottom(area: HTMLElement, cue: HTMLElement | null): number {
  let bottom = Math.min(...clippers(area).map((box) => box.getBoundingClientRect().bottom), innerHeight);
  const cueTop = cue?.getBoundingClientRect().top;
  if (cueTop !== undefined && cueTop < bottom) bottom = cueTop;
  return bottom;
}

const rowsBelow = (area: HTMLElement, bottom: number) =>
  [...area.querySelectorAll<HTMLElement>(ROW)].filter((row) => row.getBoundingClientRect().bottom > bottom + SLACK_PX);

/**
 * How many findings are cut off below the fold of the findings list (its own scroll area, the
 * strip's or the panel's), kept current through scrolling, resizing and new findings; and
 * `reveal`, which scrolls the first of them to the top so the next ones come into view, then
 * moves focus there (a keyboard user continues where the new rows start).
 */
export function useHiddenBelow(areaRef: RefObject<HTMLElement | null>, cueRef: RefObject<HTMLElement | null>, contentKey: unknown) {
  const [hidden, setHidden] = useState(0);

  const measure = useCallback(() => {
    const area = areaRef.current;
    if (!area) return;
    setHidden(rowsBelow(area, visibleBottom(area, cueRef.current)).length);
  }, [areaRef, cueRef]);

  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    measure();
    const boxes = clippers(area);
    // Scroll events do not bubble, but a capturing listener on the surface hears the list's own too.
    const surface = boxes[boxes.length - 1]!;
    surface.addEventListener('scroll', measure, { capture: true, passive: true });
    const resized = new ResizeObserver(measure);
    for (const box of boxes) resized.observe(box);
    if (area.firstElementChild) resized.observe(area.firstElementChild);
    addEventListener('resize', measure);
    return () => {
      surface.removeEventListener('scroll', measure, { capture: true });
      resized.disconnect();
      removeEventListener('resize', measure);
    };
  }, [areaRef, measure, contentKey]);

  const reveal = useCallback(() => {
    const area = areaRef.current;
    if (!area) return;
    const first = rowsBelow(area, visibleBottom(area, cueRef.current))[0];
    if (!first) return;
    for (const box of clippers(area)) {
      const row = first.getBoundingClientRect();
      if (row.bottom <= visibleBottom(area, cueRef.current) + SLACK_PX) break;
      box.scrollTop += row.top - box.getBoundingClientRect().top - 4;
    }
    first.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    measure();
  }, [areaRef, cueRef, measure]);

  return { hidden, reveal };
}
