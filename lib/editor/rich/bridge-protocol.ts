/**
 * The protocol between the overlay (isolated world) and the editor bridge (the page's MAIN
 * world, entrypoints/editor-bridge.content.ts). Synthetic paste and beforeinput must be created
 * in the page's world: Firefox hands the page an empty DataTransfer when an extension's isolated
 * world builds it.
 *
 * The page must not be able to find, call or listen to the bridge, so it has no fixed name: at
 * document_start, before any page script runs, the bridge and a tiny isolated-world script
 * (entrypoints/editor-channel.content.ts, bridge-channel.ts) agree on a random channel name, whichever
 * of the two runs first (both announce themselves, HELLO carries the channel, PAIRED confirms it).
 * Both then stop listening to the handshake: a page that dispatches HELLO or READY later gets no
 * answer. Nothing is put on `window`.
 *
 * Each exchange after that, all synchronous inside the overlay's `dispatchEvent`:
 * 1. the overlay dispatches an event whose type is the channel name on the composer; `detail` is a
 *    JSON string with a fresh random nonce;
 * 2. the bridge's window capture listener, registered at document_start before any page script,
 *    runs first and stops the event there: the page never sees the request, its text or nonce;
 * 3. the bridge dispatches `ackEventType(channel, nonce)` on window with the outcome. The page cannot
 *    forge it without the nonce, and a nonce is used once.
 * Whatever the ack says, the overlay still reads the editor back before it reports success.
 */

/** Handshake, isolated world → bridge: `detail` is `{"channel": <32 hex digits>}` as JSON. */
export const HELLO_EVENT = 'editor-bridge-hello';
/** Handshake, bridge → isolated world: the bridge is listening (for an isolated script that ran first). */
export const READY_EVENT = 'editor-bridge-ready';

export function pairedEventType(channel: string): string {
  return `${channel}:paired`;
}

export function ackEventType(channel: string, nonce: string): string {
  return `${channel}:${nonce}`;
}

/**
 * - `paste`: a ClipboardEvent 'paste' carrying text/plain (and text/html when given);
 * - `replacement-text`: an InputEvent 'beforeinput' of type insertReplacementText carrying the
 *   text in a DataTransfer (Lexical's controlled insertion path).
 */
export type PageInputOp = 'paste' | 'replacement-text';

export interface BridgeRequest {
  nonce: string;
  op: PageInputOp;
  text: string;
  /** Optional text/html flavour of the same text (already escaped by the sender). */
  html?: string;
}

/** `consumed`: the editor cancelled the synthetic event, i.e. it took the text itself. */
export interface BridgeAck {
  consumed: boolean;
}

/** Longer texts are not replies; a cap keeps a hostile request from making the page do much. */
export const MAX_TEXT_LENGTH = 100_000;
const NONCE_PATTERN = /^[0-9a-f]{32}$/;
const OPS: readonly PageInputOp[] = ['paste', 'replacement-text'];

export function newNonce(): string {
  // getRandomValues, not randomUUID: the latter only exists on secure (https) pages.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function parseObject(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string' || detail.length > MAX_TEXT_LENGTH * 3) return null;
  try {
    const value: unknown = JSON.parse(detail);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseBridgeRequest(detail: unknown): BridgeRequest | null {
  const value = parseObject(detail);
  if (!value) return null;
  const { nonce, op, text, html } = value;
  if (typeof nonce !== 'string' || !NONCE_PATTERN.test(nonce)) return null;
  if (!OPS.includes(op as PageInputOp)) return null;
  if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return null;
  if (html !== undefined && (typeof html !== 'string' || html.length > MAX_TEXT_LENGTH * 2)) return null;
  return { nonce, op: op as PageInputOp, text, ...(html !== undefined ? { html } : {}) };
}

export function parseChannel(detail: unknown): string | null {
  const value = parseObject(detail);
  return value && typeof value.channel === 'string' && NONCE_PATTERN.test(value.channel) ? value.channel : null;
}

export function parseBridgeAck(detail: unknown): BridgeAck | null {
  const value = parseObject(detail);
  return value && typeof value.consumed === 'boolean' ? { consumed: value.consumed } : null;
}
