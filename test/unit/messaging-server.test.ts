import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * serveRequests with a stand-in runtime: the listener the background registers refuses, before any
 * handler runs, what authorize refuses (test/unit/messaging-authorize.test.ts has each rule).
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
type Listener = (raw: unknown, sender: object) => Promise<unknown>;
const runtime = vi.hoisted(() => ({
  id: 'abcdefghijklmnopabcdefghijklmnop',
  listeners: [] as ((raw: unknown, sender: object) => Promise<unknown>)[],
  getURL: (path: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop${path}`,
}));
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { ...runtime, id: runtime.id, getURL: runtime.getURL, onMessage: { addListener: (l: Listener) => runtime.listeners.push(l) } } },
}));

const { serveRequests } = await import('../../lib/messaging/server');

const handled = vi.fn();
const handlers = new Proxy({}, { get: (_, type) => async (request: unknown) => (handled(type, request), { done: type }) });

beforeEach(() => {
  runtime.listeners.length = 0;
  handled.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  serveRequests(handlers as never);
});

const send = (raw: unknown, sender: object) => runtime.listeners[0]!(raw, sender);
const page = (url: string) => ({ id: ID, url, frameId: 0, tab: { id: 1, url } });

describe('serveRequests', () => {
  it('answers the extension’s own pages', async () => {
    await expect(send({ type: 'sla.recompute' }, { id: ID, url: `chrome-extension://${ID}/options.html` })).resolves.toEqual({ ok: true, data: { done: 'sla.recompute' } });
    expect(handled).toHaveBeenCalledTimes(1);
  });

  it('refuses another extension, and a content script asking for a site switch or another site’s thread, without running a handler', async () => {
    const refused = [
      send({ type: 'overlay.settings' }, { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' }),
      send({ type: 'site.enable', url: 'https://evil.example/', tabId: 1 }, page('https://evil.example/')),
      send({ type: 'thread.action', threadId: 'vk:convo_1', action: { kind: 'answered' } }, page('https://evil.example/')),
    ];
    for (const answer of await Promise.all(refused)) expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^not allowed/) });
    expect(handled).not.toHaveBeenCalled();
  });

  it('serves a content script’s request about its own page', async () => {
    await expect(send({ type: 'thread.get', threadId: 'vk:convo_1' }, page('https://vk.com/im/convo/1'))).resolves.toMatchObject({ ok: true });
    expect(handled).toHaveBeenCalledWith('thread.get', { type: 'thread.get', threadId: 'vk:convo_1' });
  });
});
