// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft } from '../../lib/editor/draft';
import { asNonEmptyEdit, replaceRange } from '../../lib/editor/replace-range';
import { openBridgeChannel } from '../../lib/editor/rich/bridge-channel';
import { installEditorBridge } from '../../lib/editor/rich/bridge-page';

// happy-dom has no execCommand: refused, so the direct-write fallbacks are what runs here.
beforeEach(() => {
  Object.defineProperty(document, 'execCommand', { value: vi.fn(() => false), configurable: true, writable: true });
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('replaceRange in a text field', async () => {
  it('replaces exactly the range and tells listeners with an input event', async () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'Мы гарантируем доставку, напиши нам';
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));
    await expect(replaceRange(field, 25, 31, 'напишите')).resolves.toBe(true);
    expect(field.value).toBe('Мы гарантируем доставку, напишите нам');
    expect(seen).toEqual(['Мы гарантируем доставку, напишите нам']);
  });

  it('reports failure when the field rejects the change (a controlled field that resets its value)', async () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'abc def';
    field.addEventListener('input', () => (field.value = 'abc def'));
    await expect(replaceRange(field, 4, 7, 'xyz')).resolves.toBe(false);
  });

  it('refuses a range beyond the text', async () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'abc';
    await expect(replaceRange(field, 1, 10, 'x')).resolves.toBe(false);
    expect(field.value).toBe('abc');
  });
});

describe('replaceRange in a contenteditable', async () => {
  it('maps the offsets through the DOM, writes, and reads the editor back', async () => {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    host.innerHTML = '<div>Здравствуйте!</div><div>Мы гарантируем доставку, <b>напиши</b> нам</div>';
    document.body.append(host);
    const text = readDraft(host).text;
    const start = text.indexOf('напиши');
    const inputs: string[] = [];
    host.addEventListener('input', () => inputs.push(readDraft(host).text));
    await expect(replaceRange(host, start, start + 'напиши'.length, 'напишите')).resolves.toBe(true);
    expect(readDraft(host).text).toBe('Здравствуйте!\nМы гарантируем доставку, напишите нам');
    expect(inputs).toHaveLength(1);
  });

  it('leaves the editor alone when the offsets do not fit its text', async () => {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    host.textContent = 'short';
    document.body.append(host);
    await expect(replaceRange(host, 3, 50, 'x')).resolves.toBe(false);
    expect(host.textContent).toBe('short');
  });
});

describe('replaceRange in a rich editor (the driver selects the range, then its insert plan writes)', () => {
  it('Quill stand-in: selects the flagged words on the 2nd line and pastes the fix over them in the page world', async () => {
    const win = window as unknown as Window & typeof globalThis;
    const stopBridge = installEditorBridge(win);
    const stopChannel = openBridgeChannel(win);
    try {
      const host = document.createElement('div');
      host.className = 'ql-editor';
      host.contentEditable = 'true';
      host.innerHTML = '<p>Здравствуйте!</p><p>Мы гарантируем доставку, напиши нам</p>';
      document.body.append(host);
      const seen: { text: string; selected: string }[] = [];
      // Like Quill: takes the paste over its selection and re-renders the paragraph.
      host.addEventListener('paste', (event) => {
        const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
        const range = getSelection()!.getRangeAt(0);
        seen.push({ text, selected: range.toString() });
        event.preventDefault();
        range.deleteContents();
        range.insertNode(document.createTextNode(text));
      });
      const draft = readDraft(host).text;
      const start = draft.indexOf('напиши');
      await expect(replaceRange(host, start, start + 'напиши'.length, 'напишите')).resolves.toBe(true);
      expect(seen).toEqual([{ text: 'напишите', selected: 'напиши' }]);
      expect(readDraft(host).text).toBe('Здравствуйте!\nМы гарантируем доставку, напишите нам');
    } finally {
      stopChannel();
      stopBridge();
    }
  });
});

describe('asNonEmptyEdit', () => {
  it('writes a removal as a neighbouring character replaced by itself, never across a line break', () => {
    expect(asNonEmptyEdit('ab!!\ncd', { start: 2, end: 4, text: '' })).toEqual({ start: 1, end: 4, text: 'b' });
    expect(asNonEmptyEdit('x\n!!y', { start: 2, end: 4, text: '' })).toEqual({ start: 2, end: 5, text: 'y' });
    expect(asNonEmptyEdit('a\n!!\nb', { start: 2, end: 4, text: '' })).toBeNull();
    expect(asNonEmptyEdit('abc', { start: 1, end: 2, text: 'x' })).toEqual({ start: 1, end: 2, text: 'x' });
  });
});
