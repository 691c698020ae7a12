import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extensionAlive } from '../extension-alive';
import { request } from '../messaging/client';
import { Outbox, type OutboxArea } from './outbox';

let shared: Outbox | undefined;

/** The page's outbox (lib/outbox/outbox.ts) on `storage.local`, which content scripts may use. */
export function outbox(): Outbox {
  shared ??= new Outbox({
    area: browser.storage.local as unknown as OutboxArea,
    send: (message) => request(message),
    origin: location.origin,
    alive: extensionAlive,
  });
  return shared;
}

/**
 * Sends what an earlier page of this site left undelivered (in an idle moment after load, so the
 * page's start is not delayed), and again whenever the tab comes back into view or online. Between
 * those, the outbox retries by itself with a growing pause while anything waits.
 */
export function watchOutbox(ctx: ContentScriptContext): void {
  const box = outbox();
  const idle = requestIdleCallback(() => void box.flush(), { timeout: 5_000 });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void box.flush();
  });
  ctx.addEventListener(window, 'online', () => void box.flush());
  ctx.onInvalidated(() => {
    cancelIdleCallback(idle);
    box.stop();
  });
}
