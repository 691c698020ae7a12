import browser from 'webextension-polyfill';
import type { Envelope, RequestInput, ResponseMap } from '../schema/messages';

export class RequestError extends Error {}

/** Sends a typed request to the background and unwraps its envelope. */
export async function request<T extends RequestInput>(message: T): Promise<ResponseMap[T['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as Envelope<ResponseMap[T['type']]> | undefined;
  if (!reply) throw new RequestError(`no answer to "${message.type}" (is the extension reloaded?)`);
  if (!reply.ok) throw new RequestError(reply.error);
  return reply.data;
}
