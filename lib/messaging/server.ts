import browser from 'webextension-polyfill';
import { RequestSchema, type Envelope, type Request, type RequestType, type ResponseMap } from '../schema/messages';

export type Handlers = {
  [K in RequestType]: (request: Extract<Request, { type: K }>) => Promise<ResponseMap[K]>;
};

/**
 * Registers the background's request handlers. The listener is an `async` function on purpose:
 * it must return a native Promise (a Dexie promise would reach the sender as `undefined`).
 */
export function serveRequests(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(async (raw: unknown): Promise<Envelope<unknown>> => {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `invalid request: ${parsed.error.issues[0]?.message}` };
    const request = parsed.data;
    try {
      const handler = handlers[request.type] as (r: Request) => Promise<unknown>;
      return { ok: true, data: await handler(request) };
    } catch (e) {
      console.error('[TrustOps] request failed', request.type, e);
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  });
}
