import { useCallback, useEffect, useRef, type MutableRefObject } from 'react';
import { ROW_LEVELS } from './placement/composer-box';

/**
 * Keeps something placed beside the composer in step with the page: runs `update` at most once
 * per animation frame when the page scrolls or resizes, or the composer or the measured element
 * (the caller's panel or strip, given through the returned callback ref) changes size; and
 * when the composer's row does (the composer may move without changing size).
 */
export function useFollowComposer(
  composer: HTMLElement | null,
  update: () => void,
  measured: MutableRefObject<HTMLElement | null>,
): (node: HTMLElement | null) => void {
  const frame = useRef(0);
  const schedule = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      update();
    });
  }, [update]);

  // One observer for the measured element across renders; it calls the latest `schedule`.
  const latestSchedule = useRef(schedule);
  latestSchedule.current = schedule;
  const observer = useRef<ResizeObserver | null>(null);
  observer.current ??= new ResizeObserver(() => latestSchedule.current());

  const measureRef = useCallback(
    (node: HTMLElement | null) => {
      if (measured.current) observer.current?.unobserve(measured.current);
      measured.current = node;
      if (node) observer.current?.observe(node);
    },
    [measured],
  );

  useEffect(() => {
    if (!composer) return;
    const resizes = new ResizeObserver(() => schedule());
    resizes.observe(composer);
    // The composer's row too: a reply bar or an attachment strip added to it moves the composer
    // (and its controls) without resizing it, in a page whose own size stays the same.
    let row = composer.parentElement;
    for (let level = 0; row && row !== document.body && level < ROW_LEVELS; level++, row = row.parentElement) resizes.observe(row);
    resizes.observe(document.documentElement);
    const listen = { capture: true, passive: true } as const;
    addEventListener('scroll', schedule, listen);
    addEventListener('resize', schedule, listen);
    return () => {
      resizes.disconnect();
      removeEventListener('scroll', schedule, listen);
      removeEventListener('resize', schedule, listen);
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [composer, schedule]);

  useEffect(() => () => observer.current?.disconnect(), []);
  return measureRef;
}
