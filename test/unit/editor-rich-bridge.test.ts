// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askPageToInput } from '../../lib/editor/rich/bridge-client';
import { installEditorBridge } from '../../lib/editor/rich/bridge-page';
import { ackEventType, parseBridgeRequest, REQUEST_EVENT } from '../../lib/editor/rich/bridge-protocol';

// happy-dom runs both halves in one world; the protocol is the same as between the overlay's
// isolated world and the page's MAIN world.
const win = window as unknown as Window & typeof globalThis;
let uninstall: (() => void) | undefined;

function editor(): HTMLElement {
  document.body.innerHTML = '<div id="editor" contenteditable="true"></div><div id="plain"></div>';
  return document.getElementById('editor')!;
}

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('with the bridge installed before the page’s scripts', () => {
  beforeEach(() => {
    uninstall = installEditorBridge(win);
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
    window.addEventListener(REQUEST_EVENT, pageListener, { capture: true });
    document.addEventListener(REQUEST_EVENT, pageListener, { capture: true });
    askPageToInput(editor(), 'paste', 'secret reply');
    expect(pageListener).not.toHaveBeenCalled();
    window.removeEventListener(REQUEST_EVENT, pageListener, { capture: true });
    document.removeEventListener(REQUEST_EVENT, pageListener, { capture: true });
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
      target.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail, bubbles: true, composed: true }));
    expect(paste).not.toHaveBeenCalled();
  });

  it('a page editor that throws on the paste gets a "not consumed" answer, not a broken overlay', () => {
    const target = editor();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    target.addEventListener('paste', () => {
      throw new Error('editor bug');
    });
    expect(askPageToInput(target, 'paste', 'x')).toEqual({ consumed: false });
  });
});

describe('without the bridge', () => {
  it('answers null, and an ack forged by the page without the nonce does not count', () => {
    const target = editor();
    // A page that answers every ack type it can guess.
    const forge = () => window.dispatchEvent(new CustomEvent(ackEventType('0'.repeat(32)), { detail: '{"consumed":true}' }));
    target.addEventListener(REQUEST_EVENT, forge);
    expect(askPageToInput(target, 'paste', 'x')).toBeNull();
  });

  it('a page that reads a request it was not meant to see still sees a one-time nonce only', () => {
    const target = editor();
    const nonces: string[] = [];
    window.addEventListener(REQUEST_EVENT, (event) => {
      nonces.push(parseBridgeRequest((event as CustomEvent).detail)!.nonce);
    });
    askPageToInput(target, 'paste', 'x');
    askPageToInput(target, 'paste', 'x');
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
