import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEditorBridge } from '../lib/editor/rich/bridge-page';
import { CONTENT_SCRIPT_MATCHES } from '../lib/sites/hosts';

/**
 * The editor bridge: fires synthetic paste / beforeinput in the page's own world when the
 * overlay asks (lib/editor/rich/bridge-protocol.ts). document_start, so that its listener is in
 * place before any page script: it must be the first to see, and hide, each request.
 * Deliberately tiny: no React, no schema library, no extension APIs (the MAIN world has none).
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: false,
  main() {
    installEditorBridge(window);
  },
});
