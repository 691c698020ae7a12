import { ackEventType, newNonce, parseBridgeAck, REQUEST_EVENT, type BridgeAck, type PageInputOp } from './bridge-protocol';

/**
 * The overlay's half of the editor bridge (see bridge-protocol.ts): asks the page-world script to
 * fire a synthetic input event at `target`. Synchronous: the bridge answers inside our
 * dispatchEvent. `null` when no bridge answered (not installed on this page).
 */
export function askPageToInput(target: HTMLElement, op: PageInputOp, text: string, html?: string): BridgeAck | null {
  const nonce = newNonce();
  const view = target.ownerDocument.defaultView;
  if (!view) return null;
  let ack: BridgeAck | null = null;
  const onAck = (event: Event) => {
    ack = parseBridgeAck((event as CustomEvent<unknown>).detail);
  };
  const ackType = ackEventType(nonce);
  view.addEventListener(ackType, onAck);
  try {
    const detail = JSON.stringify({ nonce, op, text, ...(html ? { html } : {}) });
    target.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail, bubbles: true, composed: true, cancelable: true }));
  } finally {
    view.removeEventListener(ackType, onAck);
  }
  return ack;
}
