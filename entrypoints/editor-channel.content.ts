import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { openBridgeChannel } from '../lib/editor/rich/bridge-channel';
import { CONTENT_SCRIPT_MATCHES } from '../lib/sites/hosts';
import { extensionAlive } from '../lib/extension-alive';
import { overlayStartedEventType, swallowStartSignals } from './overlay.content/started-guard';

/**
 * What must happen in the isolated world before any page script exists (document_start):
 * - the isolated end of the editor bridge's handshake (lib/editor/rich/bridge-protocol.ts): with the
 *   MAIN-world bridge it agrees a random channel name that the overlay uses later;
 * - the listener that keeps WXT's "overlay started" event from the page (started-guard.ts): being
 *   first on `window`, it runs before any listener a page script could add.
 * Tiny on purpose: it runs on every supported page at start.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_start',
  allFrames: false,
  // No window.postMessage announcing this script to the page (it would reach page scripts later).
  noScriptStartedPostMessage: true,
  main() {
    openBridgeChannel(window);
    if (extensionAlive()) swallowStartSignals(overlayStartedEventType(browser.runtime.id));
  },
});
