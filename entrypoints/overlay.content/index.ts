import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../../components/overlay/start';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/sites/hosts';
import { swallowStartSignals } from './started-guard';

/**
 * At module evaluation, before WXT creates this script's context and announces its start: the page
 * must neither hear that announcement nor stop the overlay by forging it (see started-guard.ts).
 * The build also evaluates this module in Node to read the options below; there is no window there.
 */
const stopSwallowingStartSignals = typeof window === 'undefined' ? () => {} : swallowStartSignals();

/** The overlay's entry: everything it does is in components/overlay (start.ts). */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  // WXT would announce each start to the page with window.postMessage, naming the extension id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ctx.onInvalidated(stopSwallowingStartSignals);
    startOverlay(ctx);
  },
});
