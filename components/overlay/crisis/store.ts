import { create } from 'zustand';
import type { CrisisBanner } from '../../../lib/schema/crisis';

/** Crisis mode as the panel knows it (from the `overlay.settings` answer); null = none in force. */
interface CrisisOverlayState {
  banner: CrisisBanner;
}

export const useCrisis = create<CrisisOverlayState>(() => ({ banner: null }));

/**
 * Sets the banner; true when crisis mode was switched on or off (or its declaration changed), so
 * the caller asks for suggestions again: the holding statements lead the list only in a crisis.
 */
export function setCrisisBanner(banner: CrisisBanner | undefined): boolean {
  const next = banner ?? null;
  const changed = JSON.stringify(useCrisis.getState().banner) !== JSON.stringify(next);
  if (changed) useCrisis.setState({ banner: next });
  return changed;
}
