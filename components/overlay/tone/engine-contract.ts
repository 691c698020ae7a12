import type { createTrustedToneChecker } from '../../../lib/engine/tone/trusted';

/** What entrypoints/tone-engine.ts hands to the overlay (through the isolated world's globals). */
export interface ToneEngine {
  createTrustedToneChecker: typeof createTrustedToneChecker;
}

export const TONE_ENGINE_GLOBAL = '__trustopsToneEngine';
export const TONE_ENGINE_FILE = '/tone-engine.js';
