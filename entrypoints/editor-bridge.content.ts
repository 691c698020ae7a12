import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEditorBridge } from '../lib/editor/rich/bridge-page';
import { CONTENT_SCRIPT_MATCHES } from '../lib/sites/hosts';

/**
 * The editor bridge: fires synthetic paste / beforeinput in the page's own world when the
 * overlay asks (lib/editor/rich/bridge-protocol.ts). document_start, so that its listener is in
 * place before any page script: it must be the first to see, and hide, each request, and it pairs
 * with entrypoints/editor-channel.content.ts on a random channel before the page can listen.
 * Deliberately tiny: no React, no schema library, no extension APIs (the MAIN world has none).
 * `globalName: false`: WXT would otherwise leave `var editorBridge` on the page's window.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: false,
  globalName: false,
  main() {
    installEditorBridge(window);
  },
});
