// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBridgeChannel } from '../../lib/editor/rich/bridge-channel';
import { installEditorBridge } from '../../lib/editor/rich/bridge-page';
import { DRIVERS, driverOfKind, type EditorKind } from '../../lib/editor/drivers';
import { runInsertPlan } from '../../lib/editor/drivers/run-plan';
import { restoreCaret } from '../../lib/editor/rich/caret';
import { linesWereInserted, significantLines } from '../../lib/editor/rich/line-readback';
import type { SavedSelection } from '../../lib/editor/selection';

/**
 * The rich drivers' insert plans and their stopping rules, against stand-in editors (the real
 * libraries are exercised in test/e2e/editors.spec.ts and tone-fix-editors.spec.ts). Each
 * stand-in renders a line per <div>.
 */

/** Insertion as lib/editor/insert.ts runs it, minus focus handling and the clipboard fallback. */
async function insertIntoRichEditor(el: HTMLElement, kind: EditorKind, text: string, caret?: SavedSelection): Promise<boolean> {
  restoreCaret(el, caret);
  const before = el.innerText || el.textContent || '';
  const now = () => el.innerText || el.textContent || '';
  return runInsertPlan({ element: el, driver: driverOfKind(kind) }, text, {
    done: () => linesWereInserted(before, now(), text),
    changed: () => significantLines(now()).join('\n') !== significantLines(before).join('\n'),
  });
}
let uninstall: () => void;
beforeAll(() => {
  // Both halves, paired as at document_start (happy-dom runs them in one world).
  const win = window as unknown as Window & typeof globalThis;
  const stopBridge = installEditorBridge(win);
  const stopChannel = openBridgeChannel(win);
  uninstall = () => (stopChannel(), stopBridge());
});
afterAll(() => uninstall());

type ExecCommand = (command: string, showUi?: boolean, value?: string) => boolean;
function stubExecCommand(impl: ExecCommand) {
  const fn = vi.fn(impl);
  Object.defineProperty(document, 'execCommand', { value: fn, configurable: true, writable: true });
  return fn;
}

function mountEditor(text = ''): HTMLElement {
  document.body.innerHTML = '<div id="editor" contenteditable="true"></div>';
  const el = document.getElementById('editor')!;
  render(el, text ? text.split('\n') : []);
  el.focus();
  return el;
}

function render(el: HTMLElement, lines: string[]) {
  el.replaceChildren(
    ...lines.map((line) => {
      const div = document.createElement('div');
      div.textContent = line;
      return div;
    }),
  );
}

const linesOf = (el: HTMLElement) => [...el.children].map((child) => child.textContent ?? '');

/** An editor that handles `type` events by appending the transferred text after a delay (a React render). */
function handles(el: HTMLElement, type: 'paste' | 'beforeinput', transform = (text: string) => text.split('\n'), delayMs = 30) {
  const seen: string[] = [];
  el.addEventListener(type, (event) => {
    const data = type === 'paste' ? (event as ClipboardEvent).clipboardData : (event as InputEvent).dataTransfer;
    const text = data?.getData('text/plain') ?? '';
    seen.push(text);
    event.preventDefault();
    setTimeout(() => render(el, [...linesOf(el), ...transform(text)]), delayMs);
  });
  return seen;
}

const MULTI = 'Здравствуйте!\nЗаказ в пути.';

// happy-dom has no execCommand: by default the "browser" refuses it.
beforeEach(() => {
  stubExecCommand(() => false);
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('rich editor strategies', () => {
  it('one list: every kind once, frameworks before the plain contenteditable that takes any host', () => {
    const kinds = DRIVERS.map((d) => d.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toEqual(['text-field', 'lexical', 'draftjs', 'prosemirror', 'quill', 'contenteditable']);
    const pageWorld = DRIVERS.filter((d) => d.ownsSelection).map((d) => d.kind);
    expect(pageWorld).toEqual(['lexical', 'draftjs', 'prosemirror', 'quill']);
  });

  it('Draft.js: pastes, and waits for the editor to render the text', async () => {
    const el = mountEditor();
    const pasted = handles(el, 'paste', undefined, 120);
    const exec = stubExecCommand(() => true);
    await expect(insertIntoRichEditor(el, 'draftjs', MULTI)).resolves.toBe(true);
    expect(pasted).toEqual([MULTI]);
    expect(linesOf(el)).toEqual(['Здравствуйте!', 'Заказ в пути.']);
    expect(exec).not.toHaveBeenCalled();
  });

  it('Draft.js: never falls back to execCommand in an empty editor (it breaks React’s DOM there)', async () => {
    const el = mountEditor();
    const exec = stubExecCommand(() => true);
    await expect(insertIntoRichEditor(el, 'draftjs', 'one line')).resolves.toBe(false);
    expect(exec).not.toHaveBeenCalled();
  });

  it('Draft.js: a single line may go in by execCommand when the paste was ignored and the editor has text', async () => {
    const el = mountEditor('Черновик');
    const exec = stubExecCommand((_command, _ui, value) => {
      render(el, [`Черновик ${value}`]);
      return true;
    });
    await expect(insertIntoRichEditor(el, 'draftjs', 'ответ')).resolves.toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, 'ответ');
  });

  it('Lexical: beforeinput insertReplacementText first, paste only when that was ignored', async () => {
    const el = mountEditor();
    const pasted = handles(el, 'paste');
    const replaced: string[] = [];
    el.addEventListener('beforeinput', (event) => replaced.push((event as InputEvent).inputType));
    await expect(insertIntoRichEditor(el, 'lexical', MULTI)).resolves.toBe(true);
    expect(replaced).toEqual(['insertReplacementText']);
    expect(pasted).toEqual([MULTI]);
  });

  it('Lexical: stops after an attempt that lost the line breaks instead of writing the reply twice', async () => {
    const el = mountEditor();
    handles(el, 'beforeinput', (text) => [text.replace(/\n/g, '')]);
    const pasted = handles(el, 'paste');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(insertIntoRichEditor(el, 'lexical', MULTI)).resolves.toBe(false);
    expect(pasted).toEqual([]);
    expect(linesOf(el)).toEqual(['Здравствуйте!Заказ в пути.']);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('Lexical: multi-line text never goes to execCommand (Lexical merges its lines)', async () => {
    const el = mountEditor();
    const exec = stubExecCommand(() => true);
    await expect(insertIntoRichEditor(el, 'lexical', MULTI)).resolves.toBe(false);
    expect(exec).not.toHaveBeenCalled();
  });

  it('ProseMirror: the paste carries one paragraph per line as text/html', async () => {
    const el = mountEditor();
    const html: string[] = [];
    el.addEventListener('paste', (event) => html.push((event as ClipboardEvent).clipboardData?.getData('text/html') ?? ''));
    handles(el, 'paste');
    await expect(insertIntoRichEditor(el, 'prosemirror', 'a\n\nb')).resolves.toBe(true);
    expect(html).toEqual(['<p style="white-space: pre-wrap">a</p><p></p><p style="white-space: pre-wrap">b</p>']);
  });

  it('Quill: falls back to execCommand when nothing took the paste', async () => {
    const el = mountEditor();
    const exec = stubExecCommand((_command, _ui, value) => {
      render(el, (value ?? '').split('\n'));
      return true;
    });
    await expect(insertIntoRichEditor(el, 'quill', MULTI)).resolves.toBe(true);
    expect(exec).toHaveBeenCalledOnce();
  });

  it('puts back the caret saved before focus moved to the panel', async () => {
    const el = mountEditor('Черновик');
    const text = el.firstChild!.firstChild!;
    const saved = document.createRange();
    saved.setStart(text, 3);
    saved.collapse(true);
    // Focus put the caret at the start of the editor.
    const start = document.createRange();
    start.setStart(el, 0);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(start);
    let offsetAtPaste = -1;
    el.addEventListener('paste', () => (offsetAtPaste = getSelection()!.anchorOffset));
    await insertIntoRichEditor(el, 'quill', 'x', { kind: 'range', range: saved });
    expect(offsetAtPaste).toBe(3);
  });
});
