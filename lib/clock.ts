/**
 * The extension's notion of "now". End-to-end tests move SLA clocks forward by storing an offset
 * under DEBUG_CLOCK_KEY in `storage.local` (there is no UI for it); everywhere else it is 0.
 */
export const DEBUG_CLOCK_KEY = 'trustops.debug.clockOffsetMs';

export function nowWithOffset(offsetMs: number): number {
  return Date.now() + (Number.isFinite(offsetMs) ? offsetMs : 0);
}
