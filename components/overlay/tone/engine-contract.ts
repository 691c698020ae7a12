import type { createTrustedToneChecker, warmUpToneEngine } from '../../../lib/engine/tone/trusted';

/** What entrypoints/tone-engine.ts hands to the overlay (through the isolated world's globals). */
export interface ToneEngine {
  createTrustedToneChecker: typeof createTrustedToneChecker;
  warmUp: typeof warmUpToneEngine;
}

export const TONE_ENGINE_GLOBAL = '__trustopsToneEngine';
export const TONE_ENGINE_FILE = '/tone-engine.js';
