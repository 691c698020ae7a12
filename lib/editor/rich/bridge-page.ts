import { ackEventType, parseBridgeRequest, REQUEST_EVENT, type BridgeAck, type BridgeRequest } from './bridge-protocol';
import { capturePageNatives, dispatchPaste, dispatchReplacementText, type PageNatives } from './page-input';

/**
 * The page-world half of the editor bridge (see bridge-protocol.ts). Must be installed before any
 * page script runs (document_start): its capture listener on window is then the first to see a
 * request and stops it before page listeners could read it. Returns the uninstaller.
 */
export function installEditorBridge(win: Window & typeof globalThis): () => void {
  const natives = capturePageNatives(win);
  const dispatchOnWindow = win.dispatchEvent.bind(win);
  const onRequest = (event: Event) => {
    event.stopImmediatePropagation();
    const request = parseBridgeRequest((event as CustomEvent<unknown>).detail);
    const target = event.composedPath()[0];
    if (!request || !isEditable(target, win)) return;
    const ack: BridgeAck = { consumed: runRequest(natives, target, request) };
    const answer = new natives.CustomEvent(ackEventType(request.nonce), { detail: JSON.stringify(ack) });
    dispatchOnWindow(answer);
  };
  win.addEventListener(REQUEST_EVENT, onRequest, { capture: true });
  return () => win.removeEventListener(REQUEST_EVENT, onRequest, { capture: true });
}

/** Only editors: a request cannot make the bridge fire input events at anything else. */
function isEditable(target: EventTarget | undefined, win: Window & typeof globalThis): target is HTMLElement {
  return target instanceof win.HTMLElement && target.isContentEditable;
}

function runRequest(natives: PageNatives, target: HTMLElement, request: BridgeRequest): boolean {
  try {
    if (request.op === 'paste') return dispatchPaste(natives, target, request.text, request.html);
    return dispatchReplacementText(natives, target, request.text);
  } catch (error) {
    // An editor's own handler threw: report "not consumed" and let the overlay read back.
    console.warn('[TrustOps] editor bridge: the editor failed on synthetic input', error);
    return false;
  }
}
