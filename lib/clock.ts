import { TEST_BUILD } from './build-mode';

/**
 * The extension's notion of "now". End-to-end tests move SLA clocks forward by storing an offset
 * under DEBUG_CLOCK_KEY in `storage.local` (there is no UI for it). Only the test build honours it:
 * in production the offset is always 0, whatever storage holds.
 */
export const DEBUG_CLOCK_KEY = 'trustops.debug.clockOffsetMs';

/** Whether this build reads the debug offset at all (false in production). */
export const DEBUG_CLOCK_ENABLED: boolean = TEST_BUILD;

/** The offset a stored value stands for: 0 in production, and for anything not a finite number. */
export function debugClockOffset(stored: unknown, enabled: boolean = DEBUG_CLOCK_ENABLED): number {
  if (!enabled) return 0;
  const offset = Number(stored ?? 0);
  return Number.isFinite(offset) ? offset : 0;
}

export function nowWithOffset(offsetMs: number, enabled: boolean = DEBUG_CLOCK_ENABLED): number {
  return Date.now() + debugClockOffset(offsetMs, enabled);
}
