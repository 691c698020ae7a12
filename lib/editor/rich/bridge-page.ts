import {
  ackEventType,
  HELLO_EVENT,
  pairedEventType,
  parseBridgeRequest,
  parseChannel,
  READY_EVENT,
  type BridgeAck,
  type BridgeRequest,
} from './bridge-protocol';
import { capturePageNatives, dispatchPaste, dispatchReplacementText, type PageNatives } from './page-input';

/**
 * The page-world half of the editor bridge (see bridge-protocol.ts). Must be installed before any
 * page script runs (document_start): it pairs with the isolated world on a random channel then,
 * and its capture listener on window is the first to see each request and stops it before page
 * listeners could read it. Leaves nothing on `window`. Returns the uninstaller.
 */
export function installEditorBridge(win: Window & typeof globalThis): () => void {
  const natives = capturePageNatives(win);
  const dispatchOnWindow = win.dispatchEvent.bind(win);
  let channel: string | null = null;

  const onRequest = (event: Event) => {
    event.stopImmediatePropagation();
    const request = parseBridgeRequest((event as CustomEvent<unknown>).detail);
    const target = event.composedPath()[0];
    if (!channel || !request || !isEditable(target, win)) return;
    const ack: BridgeAck = { consumed: runRequest(natives, target, request) };
    dispatchOnWindow(new natives.CustomEvent(ackEventType(channel, request.nonce), { detail: JSON.stringify(ack) }));
  };

  /** The first valid HELLO wins (it comes before any page script); later ones are not even looked at. */
  const onHello = (event: Event) => {
    event.stopImmediatePropagation();
    const offered = parseChannel((event as CustomEvent<unknown>).detail);
    if (!offered) return;
    channel = offered;
    win.removeEventListener(HELLO_EVENT, onHello, { capture: true });
    win.addEventListener(channel, onRequest, { capture: true });
    dispatchOnWindow(new natives.CustomEvent(pairedEventType(channel)));
  };

  win.addEventListener(HELLO_EVENT, onHello, { capture: true });
  // For an isolated half that ran before us and is waiting; unheard otherwise.
  if (!channel) dispatchOnWindow(new natives.CustomEvent(READY_EVENT));
  return () => {
    win.removeEventListener(HELLO_EVENT, onHello, { capture: true });
    if (channel) win.removeEventListener(channel, onRequest, { capture: true });
  };
}

/** Only editors: a request cannot make the bridge fire input events at anything else. */
function isEditable(target: EventTarget | undefined, win: Window & typeof globalThis): target is HTMLElement {
  return target instanceof win.HTMLElement && target.isContentEditable;
}

function runRequest(natives: PageNatives, target: HTMLElement, request: BridgeRequest): boolean {
  try {
    if (request.op === 'paste') return dispatchPaste(natives, target, request.text, request.html);
    return dispatchReplacementText(natives, target, request.text);
  } catch {
    // An editor's own handler threw: report "not consumed" and let the overlay read back. Nothing
    // is logged: in the page's world the page owns `console` and would learn who is here.
    return false;
  }
}
