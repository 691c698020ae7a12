import { bridgeChannel } from './bridge-channel';
import { ackEventType, newNonce, parseBridgeAck, type BridgeAck, type PageInputOp } from './bridge-protocol';

/**
 * The overlay's half of the editor bridge (see bridge-protocol.ts): asks the page-world script to
 * fire a synthetic input event at `target`. Synchronous: the bridge answers inside our
 * dispatchEvent. `null` when no bridge answered (not installed on this page, or not paired).
 */
export function askPageToInput(target: HTMLElement, op: PageInputOp, text: string, html?: string): BridgeAck | null {
  const channel = bridgeChannel();
  const view = target.ownerDocument.defaultView;
  if (!channel || !view) return null;
  const nonce = newNonce();
  let ack: BridgeAck | null = null;
  const onAck = (event: Event) => {
    event.stopImmediatePropagation();
    ack = parseBridgeAck((event as CustomEvent<unknown>).detail);
  };
  const ackType = ackEventType(channel, nonce);
  view.addEventListener(ackType, onAck, { capture: true });
  try {
    const detail = JSON.stringify({ nonce, op, text, ...(html ? { html } : {}) });
    target.dispatchEvent(new CustomEvent(channel, { detail, bubbles: true, composed: true, cancelable: true }));
  } finally {
    view.removeEventListener(ackType, onAck, { capture: true });
  }
  return ack;
}
