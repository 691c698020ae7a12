// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeChannel, openBridgeChannel } from '../../lib/editor/rich/bridge-channel';
import { askPageToInput } from '../../lib/editor/rich/bridge-client';
import { installEditorBridge } from '../../lib/editor/rich/bridge-page';
import { ackEventType, HELLO_EVENT, pairedEventType, parseBridgeRequest, READY_EVENT } from '../../lib/editor/rich/bridge-protocol';

// happy-dom runs all halves in one world; the protocol is the same as between the overlay's
// isolated world, the page's MAIN world and the page's own scripts.
const win = window as unknown as Window & typeof globalThis;
const scope = globalThis as Record<string, unknown>;
let cleanups: (() => void)[] = [];

function editor(): HTMLElement {
  document.body.innerHTML = '<div id="editor" contenteditable="true"></div><div id="plain"></div>';
  return document.getElementById('editor')!;
}

/** Both halves at document_start, in either order (the manifest decides which runs first). */
function pair(order: 'bridge-first' | 'channel-first' = 'bridge-first'): string {
  if (order === 'bridge-first') cleanups.push(installEditorBridge(win), openBridgeChannel(win));
  else cleanups.push(openBridgeChannel(win), installEditorBridge(win));
  const channel = bridgeChannel();
  expect(channel).toMatch(/^[0-9a-f]{32}$/);
  return channel!;
}

afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
  for (const key of Object.keys(scope)) if (key.startsWith('__editorBridge')) delete scope[key];
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('pairing at document_start', () => {
  it.each(['bridge-first', 'channel-first'] as const)('agrees a random channel whichever half runs first (%s)', (order) => {
    const channel = pair(order);
    const target = editor();
    const paste = vi.fn((event: Event) => event.preventDefault());
    target.addEventListener('paste', paste);
    expect(askPageToInput(target, 'paste', 'x')).toEqual({ consumed: true });
    expect(paste).toHaveBeenCalledTimes(1);
    expect(channel).not.toContain('trustops');
  });

  it('a new page load gets a new channel', () => {
    const first = pair();
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    delete scope.__editorBridgeChannel;
    expect(pair()).not.toBe(first);
  });

  it('the page-world half leaves nothing on window (the channel lives in the isolated world only)', () => {
    const before = new Set(Object.getOwnPropertyNames(window));
    cleanups.push(installEditorBridge(win));
    const added = Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
    expect(added).toEqual([]);
  });

  it('a page that later dispatches HELLO or READY gets no answer, and cannot move the channel', () => {
    const channel = pair();
    const answers = vi.fn();
    const offered = 'f'.repeat(32);
    window.addEventListener(pairedEventType(offered), answers);
    window.addEventListener(HELLO_EVENT, answers);
    window.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: JSON.stringify({ channel: offered }) }));
    window.dispatchEvent(new CustomEvent(READY_EVENT));
    expect(answers).toHaveBeenCalledTimes(1); // its own HELLO, heard by itself only
    expect(bridgeChannel()).toBe(channel);
    // Requests on the page's channel are not served either.
    const target = editor();
    const paste = vi.fn();
    target.addEventListener('paste', paste);
    target.dispatchEvent(new CustomEvent(offered, { detail: JSON.stringify({ nonce: 'a'.repeat(32), op: 'paste', text: 'x' }), bubbles: true }));
    expect(paste).not.toHaveBeenCalled();
  });
});

describe('with the bridge paired', () => {
  let channel = '';
  beforeEach(() => {
    channel = pair();
  });

  it('fires a paste carrying text/plain (and text/html when given) at the editor, and says whether the editor took it', () => {
    const target = editor();
    const seen: { text?: string; html?: string }[] = [];
    target.addEventListener('paste', (event) => {
      const data = (event as ClipboardEvent).clipboardData;
      seen.push({ text: data?.getData('text/plain'), html: data?.getData('text/html') });
      event.preventDefault();
    });
    expect(askPageToInput(target, 'paste', 'a\nb', '<p>a</p><p>b</p>')).toEqual({ consumed: true });
    expect(seen).toEqual([{ text: 'a\nb', html: '<p>a</p><p>b</p>' }]);
  });

  it('reports an event the editor ignored as not consumed', () => {
    expect(askPageToInput(editor(), 'paste', 'hello')).toEqual({ consumed: false });
  });

  it('fires beforeinput insertReplacementText with the text in a DataTransfer', () => {
    const target = editor();
    const seen: [string, string | undefined][] = [];
    target.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      seen.push([input.inputType, input.dataTransfer?.getData('text/plain')]);
      event.preventDefault();
    });
    expect(askPageToInput(target, 'replacement-text', 'line 1\nline 2')).toEqual({ consumed: true });
    expect(seen).toEqual([['insertReplacementText', 'line 1\nline 2']]);
  });

  it('hides the request (its text and nonce) from page listeners, even capturing ones on window', () => {
    const pageListener = vi.fn();
    // Even a page that somehow knew the channel name registers after the bridge (document_start).
    window.addEventListener(channel, pageListener, { capture: true });
    document.addEventListener(channel, pageListener, { capture: true });
    askPageToInput(editor(), 'paste', 'secret reply');
    expect(pageListener).not.toHaveBeenCalled();
    window.removeEventListener(channel, pageListener, { capture: true });
    document.removeEventListener(channel, pageListener, { capture: true });
  });

  it('fires nothing at an element that is not an editor, and gives no answer', () => {
    editor();
    const plain = document.getElementById('plain')!;
    const paste = vi.fn();
    plain.addEventListener('paste', paste);
    expect(askPageToInput(plain, 'paste', 'x')).toBeNull();
    expect(paste).not.toHaveBeenCalled();
  });

  it('ignores malformed requests', () => {
    const target = editor();
    const paste = vi.fn();
    target.addEventListener('paste', paste);
    for (const detail of ['not json', '{"nonce":"short","op":"paste","text":"x"}', JSON.stringify({ nonce: 'a'.repeat(32), op: 'eval', text: 'x' }), { object: true }])
      target.dispatchEvent(new CustomEvent(channel, { detail, bubbles: true, composed: true }));
    expect(paste).not.toHaveBeenCalled();
  });

  it('a page editor that throws on the paste gets a "not consumed" answer, not a broken overlay', () => {
    const target = editor();
    target.addEventListener('paste', () => {
      throw new Error('editor bug');
    });
    expect(askPageToInput(target, 'paste', 'x')).toEqual({ consumed: false });
  });
});

describe('without the bridge', () => {
  it('answers null when the bridge never paired, and sends nothing the page could read', () => {
    cleanups.push(openBridgeChannel(win));
    expect(bridgeChannel()).toBeNull();
    const seen = vi.fn();
    const target = editor();
    target.addEventListener(HELLO_EVENT, seen);
    expect(askPageToInput(target, 'paste', 'x')).toBeNull();
    expect(seen).not.toHaveBeenCalled();
  });

  it('an ack forged by the page without the nonce does not count', () => {
    const channel = 'c'.repeat(32);
    scope.__editorBridgeChannel = channel; // paired with a bridge that is gone
    const target = editor();
    // A page that answers every ack type it can guess.
    const forge = () => window.dispatchEvent(new CustomEvent(ackEventType(channel, '0'.repeat(32)), { detail: '{"consumed":true}' }));
    target.addEventListener(channel, forge);
    expect(askPageToInput(target, 'paste', 'x')).toBeNull();
  });

  it('a page that reads a request it was not meant to see still sees a one-time nonce only', () => {
    const channel = 'd'.repeat(32);
    scope.__editorBridgeChannel = channel;
    const target = editor();
    const nonces: string[] = [];
    window.addEventListener(channel, (event) => {
      nonces.push(parseBridgeRequest((event as CustomEvent).detail)!.nonce);
    });
    askPageToInput(target, 'paste', 'x');
    askPageToInput(target, 'paste', 'x');
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
