import browser from 'webextension-polyfill';
import { RequestSchema, type Envelope, type Request, type RequestType, type ResponseMap } from '../schema/messages';
import { authorize, type Self, type Sender } from './authorize';

export type Handlers = {
  [K in RequestType]: (request: Extract<Request, { type: K }>) => Promise<ResponseMap[K]>;
};

/** This extension as senders must match it (lib/messaging/authorize.ts). */
function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

/**
 * Registers the background's request handlers. Each request is validated (schema), then checked
 * against its sender (authorize: only this extension; a content script only about its own page).
 * The listener is an `async` function on purpose: it must return a native Promise (a Dexie promise
 * would reach the sender as `undefined`).
 */
export function serveRequests(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(async (raw: unknown, sender: Sender): Promise<Envelope<unknown>> => {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `invalid request: ${parsed.error.issues[0]?.message}` };
    const request = parsed.data;
    const verdict = authorize(request, sender, self());
    if (!verdict.ok) {
      console.warn('[TrustOps] request refused', request.type, verdict.reason);
      return { ok: false, error: `not allowed: ${verdict.reason}` };
    }
    try {
      const handler = handlers[request.type] as (r: Request) => Promise<unknown>;
      return { ok: true, data: await handler(request) };
    } catch (e) {
      console.error('[TrustOps] request failed', request.type, e);
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  });
}
