import type { prefillPlaceholders } from '../../../lib/engine/suggest/prefill';
import type { createTrustedToneChecker, warmUpToneEngine } from '../../../lib/engine/tone/trusted';

/** What entrypoints/tone-engine.ts hands to the overlay (through the isolated world's globals). */
export interface ToneEngine {
  createTrustedToneChecker: typeof createTrustedToneChecker;
  warmUp: typeof warmUpToneEngine;
  /** Placeholder values from the thread: rides along because it needs the same phone metadata and RE2. */
  prefillPlaceholders: typeof prefillPlaceholders;
}

export const TONE_ENGINE_GLOBAL = '__trustopsToneEngine';
export const TONE_ENGINE_FILE = '/tone-engine.js';
