import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useFollowComposer } from './useFollowComposer';
import { applyOffset, MARGIN, placeBeside, placeChip, placePopover, type Placement, type Size } from './placement';
import { composerBox } from './placement/composer-box';
import { customerMessageRect } from './placement/customer-message';
import { useThread } from './thread/store';
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
  /** The user expanded the chip although there is no room beside: a popover in the free space. */
  forceOpen: boolean;
  offset: Offset;
}

interface Inputs extends Options {
  /** The text of the customer message the thread waits on: panel, chip and popover keep off it. */
  customerMessage: string | undefined;
}

export function viewport(): Size {
  const root = document.documentElement;
  // clientWidth/Height exclude the page's scrollbars, which the panel must not sit under.
  return { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
}

function computeLayout(composer: HTMLElement, measured: HTMLElement | null, lastPanelHeight: number, options: Inputs): Layout {
  const vp = viewport();
  const rect = composerBox(composer);
  // The customer's last message: kept clear like the composer (the panel's quote is no substitute).
  const message = customerMessageRect(options.customerMessage, composer);
  const avoid = message ? [message] : [];
  const width = Math.min(PANEL_WIDTH, vp.width - 2 * MARGIN);
  const panel = { width, height: lastPanelHeight };
  if (!options.collapsed) {
    const beside = placeBeside(rect, panel, vp, undefined, avoid);
    if (beside) return { mode: 'panel', width, placement: applyOffset(beside, options.offset, panel, vp) };
    // The user opened the chip: a popover in the free space (no drag offset onto it).
    if (options.forceOpen) return { mode: 'panel', width, placement: placePopover(rect, panel, vp, avoid) };
  }
  const chip = measured?.dataset.measure === 'chip' ? { width: measured.offsetWidth, height: measured.offsetHeight } : { width: 120, height: 32 };
  return { mode: 'chip', width: chip.width, placement: placeChip(rect, chip, vp, avoid) };
}

const sameLayout = (a: Layout | null, b: Layout | null) =>
  !!a && !!b && a.mode === b.mode && a.width === b.width &&
  (['left', 'top', 'maxHeight', 'side'] as const).every((key) => a.placement[key] === b.placement[key]);

/**
 * Keeps the panel beside the composer, off its row and off the customer's last message:
 * recomputed on scroll (any scroller, capture phase), on resize, when the composer, its row, the
 * page or the panel's content changes size, and when the thread's waiting message changes; at
 * most once per animation frame. Returns a callback ref for the element whose size is measured (the panel's
 * content or the chip, marked with `data-measure`).
 */
export function usePlacement(composer: HTMLElement | null, options: Options) {
  const [layout, setLayout] = useState<Layout | null>(null);
  const customerMessage = useThread((s) => s.pending?.text);
  const optionsRef = useRef<Inputs>({ ...options, customerMessage });
  optionsRef.current = { ...options, customerMessage };
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

  useLayoutEffect(update, [update, options.collapsed, options.forceOpen, options.offset.dx, options.offset.dy, customerMessage]);

  return { layout, measureRef };
}
