import { getOverlay, setOverlay, type OverlayState } from './store';

/** The panel's shadow host and root once mounted (kept in the overlay store). */
export const overlayShadow = (): ShadowRoot | null => getOverlay().mounted?.shadow ?? null;
export const overlayHost = (): HTMLElement | null => getOverlay().mounted?.host ?? null;

export function setOverlayHost(mounted: OverlayState['mounted']): void {
  setOverlay({ mounted });
}
