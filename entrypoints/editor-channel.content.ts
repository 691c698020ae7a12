import { defineContentScript } from 'wxt/utils/define-content-script';
import { openBridgeChannel } from '../lib/editor/rich/bridge-channel';
import { CONTENT_SCRIPT_MATCHES } from '../lib/sites/hosts';

/**
 * The isolated world's end of the editor bridge's handshake (lib/editor/rich/bridge-protocol.ts):
 * at document_start, with the MAIN-world bridge, before any page script exists, it agrees a random
 * channel name the overlay uses later. Tiny on purpose: it runs on every supported page at start.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_start',
  allFrames: false,
  // No window.postMessage announcing this script to the page (it would reach page scripts later).
  noScriptStartedPostMessage: true,
  main() {
    openBridgeChannel(window);
  },
});
