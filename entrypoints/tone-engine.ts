import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { TONE_ENGINE_GLOBAL, type ToneEngine } from '../components/overlay/tone/engine-contract';
import { prefillPlaceholders } from '../lib/engine/suggest/prefill';
import { createTrustedToneChecker, warmUpToneEngine } from '../lib/engine/tone/trusted';

/**
 * The tone engine as its own file, loaded by the overlay with a dynamic import at idle time:
 * phone-number metadata, RE2 and the lexicons would otherwise be evaluated in the content
 * script's first task on every page load (a long task on heavy pages).
 */
export default defineUnlistedScript(() => {
  const engine: ToneEngine = { createTrustedToneChecker, warmUp: warmUpToneEngine, prefillPlaceholders };
  (globalThis as Record<string, unknown>)[TONE_ENGINE_GLOBAL] = engine;
});
