import { HELLO_EVENT, newNonce, pairedEventType, READY_EVENT } from './bridge-protocol';

/**
 * The isolated world's half of the bridge handshake (see bridge-protocol.ts), run at
 * document_start by entrypoints/editor-channel.content.ts. The agreed channel is kept on the
 * isolated world's globals, which every content script of the extension in this frame shares and
 * the page cannot see; the overlay (document_idle) reads it with `bridgeChannel()`.
 */
const CHANNEL_KEY = '__editorBridgeChannel';

type Scope = Record<string, unknown>;

export function bridgeChannel(scope: Scope = globalThis as Scope): string | null {
  const value = scope[CHANNEL_KEY];
  return typeof value === 'string' ? value : null;
}

/**
 * Offers a fresh random channel to the bridge. If the bridge is not listening yet, waits for its
 * READY, but only until the other document_start scripts have run (the same task): after that a
 * READY could come from a page script, which must not learn the channel. A late injection into an
 * already loaded page (the user just enabled the site) keeps waiting for the first READY.
 */
export function openBridgeChannel(win: Window, scope: Scope = globalThis as Scope): () => void {
  const channel = newNonce();
  const hello = () => win.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: JSON.stringify({ channel }) }));
  const stop = () => {
    win.removeEventListener(pairedEventType(channel), onPaired, { capture: true });
    win.removeEventListener(READY_EVENT, onReady, { capture: true });
  };
  function onPaired(event: Event) {
    event.stopImmediatePropagation();
    scope[CHANNEL_KEY] = channel;
    stop();
  }
  function onReady(event: Event) {
    event.stopImmediatePropagation();
    win.removeEventListener(READY_EVENT, onReady, { capture: true });
    hello();
  }
  win.addEventListener(pairedEventType(channel), onPaired, { capture: true });
  hello();
  if (bridgeChannel(scope) === channel) return stop;
  win.addEventListener(READY_EVENT, onReady, { capture: true });
  if (win.document.readyState === 'loading') setTimeout(stop, 0);
  return stop;
}
