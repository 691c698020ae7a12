// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft } from '../../lib/editor/draft';
import { replaceRange } from '../../lib/editor/replace-range';

// happy-dom has no execCommand: refused, so the direct-write fallbacks are what runs here.
beforeEach(() => {
  Object.defineProperty(document, 'execCommand', { value: vi.fn(() => false), configurable: true, writable: true });
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('replaceRange in a text field', () => {
  it('replaces exactly the range and tells listeners with an input event', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'Мы гарантируем доставку, напиши нам';
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));
    expect(replaceRange(field, 25, 31, 'напишите')).toBe(true);
    expect(field.value).toBe('Мы гарантируем доставку, напишите нам');
    expect(seen).toEqual(['Мы гарантируем доставку, напишите нам']);
  });

  it('reports failure when the field rejects the change (a controlled field that resets its value)', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'abc def';
    field.addEventListener('input', () => (field.value = 'abc def'));
    expect(replaceRange(field, 4, 7, 'xyz')).toBe(false);
  });

  it('refuses a range beyond the text', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'abc';
    expect(replaceRange(field, 1, 10, 'x')).toBe(false);
    expect(field.value).toBe('abc');
  });
});

describe('replaceRange in a contenteditable', () => {
  it('maps the offsets through the DOM, writes, and reads the editor back', () => {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    host.innerHTML = '<div>Здравствуйте!</div><div>Мы гарантируем доставку, <b>напиши</b> нам</div>';
    document.body.append(host);
    const text = readDraft(host).text;
    const start = text.indexOf('напиши');
    const inputs: string[] = [];
    host.addEventListener('input', () => inputs.push(readDraft(host).text));
    expect(replaceRange(host, start, start + 'напиши'.length, 'напишите')).toBe(true);
    expect(readDraft(host).text).toBe('Здравствуйте!\nМы гарантируем доставку, напишите нам');
    expect(inputs).toHaveLength(1);
  });

  it('leaves the editor alone when the offsets do not fit its text', () => {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    host.textContent = 'short';
    document.body.append(host);
    expect(replaceRange(host, 3, 50, 'x')).toBe(false);
    expect(host.textContent).toBe('short');
  });
});
