import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useFollowComposer } from './useFollowComposer';
import { applyOffset, MARGIN, placeBeside, placeChip, placePopover, type Placement, type Size } from './placement';
import { composerBox } from './placement/composer-box';
import type { Offset } from './store';

export const PANEL_WIDTH = 320;
/** Until the panel has been measured once. */
const ASSUMED_PANEL_HEIGHT = 360;

export interface Layout {
  /** `chip` when collapsed, or when no side of the composer has room for the panel. */
  mode: 'panel' | 'chip';
  placement: Placement;
  width: number;
}

interface Options {
  collapsed: boolean;
  /** The user expanded the chip although there is no room: the panel may then cover the composer. */
  forceOpen: boolean;
  offset: Offset;
}

export function viewport(): Size {
  const root = document.documentElement;
  // clientWidth/Height exclude the page's scrollbars, which the panel must not sit under.
  return { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
}

function computeLayout(composer: HTMLElement, measured: HTMLElement | null, lastPanelHeight: number, options: Options): Layout {
  const vp = viewport();
  const rect = composerBox(composer);
  const width = Math.min(PANEL_WIDTH, vp.width - 2 * MARGIN);
  const panel = { width, height: lastPanelHeight };
  if (!options.collapsed) {
    const beside = placeBeside(rect, panel, vp);
    if (beside) return { mode: 'panel', width, placement: applyOffset(beside, options.offset, panel, vp) };
    // The user opened the chip: a popover off the composer's box (no drag offset onto it).
    if (options.forceOpen) return { mode: 'panel', width, placement: placePopover(rect, panel, vp) };
  }
  const chip = measured?.dataset.measure === 'chip' ? { width: measured.offsetWidth, height: measured.offsetHeight } : { width: 120, height: 32 };
  return { mode: 'chip', width: chip.width, placement: placeChip(rect, chip, vp) };
}

const sameLayout = (a: Layout | null, b: Layout | null) =>
  !!a && !!b && a.mode === b.mode && a.width === b.width &&
  (['left', 'top', 'maxHeight', 'side'] as const).every((key) => a.placement[key] === b.placement[key]);

/**
 * Keeps the panel beside the composer: recomputed on scroll (any scroller, capture phase), on
 * resize, and when the composer, the page or the panel's content changes size; at most once
 * per animation frame. Returns a callback ref for the element whose size is measured (the panel's
 * content or the chip, marked with `data-measure`).
 */
export function usePlacement(composer: HTMLElement | null, options: Options) {
  const [layout, setLayout] = useState<Layout | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const measured = useRef<HTMLElement | null>(null);
  const panelHeight = useRef(ASSUMED_PANEL_HEIGHT);

  const update = useCallback(() => {
    if (!composer?.isConnected) return setLayout(null);
    const node = measured.current;
    if (node?.dataset.measure === 'panel') panelHeight.current = node.offsetHeight || panelHeight.current;
    const next = computeLayout(composer, node, panelHeight.current, optionsRef.current);
    setLayout((previous) => (sameLayout(previous, next) ? previous : next));
  }, [composer]);

  const measureRef = useFollowComposer(composer, update, measured);

  useLayoutEffect(update, [update, options.collapsed, options.forceOpen, options.offset.dx, options.offset.dy]);

  return { layout, measureRef };
}
