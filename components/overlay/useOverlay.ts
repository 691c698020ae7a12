import { useStore } from 'zustand';
import { overlayStore, type OverlayState } from './store';

/** Reads a slice of the panel state; components re-render only when their slice changes. */
export function useOverlay<T>(selector: (state: OverlayState) => T): T {
  return useStore(overlayStore, selector);
}
