// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertIntoContentEditable } from '../../lib/editor/contenteditable';
import { insertText } from '../../lib/editor/insert';
import { normalizeForComparison, textWasInserted } from '../../lib/editor/readback';
import { focusWithSelection, rememberSelection } from '../../lib/editor/selection';
import { insertIntoTextField } from '../../lib/editor/text-field';

// happy-dom has no execCommand: each test decides how the "browser" answers it.
type ExecCommand = (command: string, showUi?: boolean, value?: string) => boolean;
function stubExecCommand(impl: ExecCommand) {
  const fn = vi.fn(impl);
  Object.defineProperty(document, 'execCommand', { value: fn, configurable: true, writable: true });
  return fn;
}

beforeEach(() => {
  stubExecCommand(() => false);
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function textarea(value: string, start: number, end = start): HTMLTextAreaElement {
  const field = document.createElement('textarea');
  document.body.append(field);
  field.value = value;
  field.setSelectionRange(start, end);
  return field;
}

describe('text fields', () => {
  it('falls back to a direct write at the caret and tells listeners with a bubbling input event', () => {
    const field = textarea('Hello world', 6, 11);
    const seen: string[] = [];
    document.body.addEventListener('input', (e) => seen.push((e.target as HTMLTextAreaElement).value));
    expect(insertIntoTextField(field, 'there\nfriend')).toBe(true);
    expect(field.value).toBe('Hello there\nfriend');
    expect(seen).toEqual(['Hello there\nfriend']);
    expect(field.selectionStart).toBe('Hello there\nfriend'.length);
  });

  it('does not write twice when the browser command already inserted the text', () => {
    const field = textarea('ab', 1);
    const exec = stubExecCommand((command, _ui, value) => {
      field.setRangeText(value ?? '', field.selectionStart!, field.selectionEnd!, 'end');
      return command === 'insertText';
    });
    const inputs = vi.fn();
    field.addEventListener('input', inputs);
    expect(insertIntoTextField(field, 'X')).toBe(true);
    expect(field.value).toBe('aXb');
    expect(exec).toHaveBeenCalledWith('insertText', false, 'X');
    expect(inputs).not.toHaveBeenCalled(); // only the (stubbed) browser edit happened
  });

  it('leaves a field alone that took the command but changed the text (maxlength)', () => {
    const field = textarea('', 0);
    stubExecCommand((_c, _u, value) => {
      field.value = (value ?? '').slice(0, 3);
      return true;
    });
    expect(insertIntoTextField(field, 'Hello')).toBe(false);
    expect(field.value).toBe('Hel');
  });
});

describe('contenteditable', () => {
  function editable(html: string): HTMLDivElement {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    host.innerHTML = html;
    document.body.append(host);
    return host;
  }

  it('inserts line by line with editing commands when the browser accepts them', () => {
    const host = editable('');
    host.focus();
    const calls: string[] = [];
    stubExecCommand((command, _ui, value) => {
      calls.push(value === undefined ? command : `${command}:${value}`);
      return true;
    });
    expect(insertIntoContentEditable(host, 'Line one\n\nLine three')).toBe(true);
    expect(calls).toEqual(['insertText:Line one', 'insertLineBreak', 'insertLineBreak', 'insertText:Line three']);
  });

  it('falls back to a Range write at the saved caret, keeping lines as <br>, with an input event', () => {
    const host = editable('Hi !');
    const text = host.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 3);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    rememberSelection(host);

    // The user selects something else on the page before choosing a reply.
    document.getSelection()!.removeAllRanges();
    const inputs = vi.fn();
    host.addEventListener('input', inputs);

    focusWithSelection(host);
    expect(insertIntoContentEditable(host, 'Anna\nsee you')).toBe(true);
    expect(host.innerHTML).toBe('Hi Anna<br>see you!');
    expect(inputs).toHaveBeenCalledTimes(1);
  });

  it('does not write again after a command failed half-way (no duplicated lines)', () => {
    const host = editable('');
    stubExecCommand((command, _ui, value) => {
      if (command !== 'insertText') return false;
      host.append(value ?? '');
      return true;
    });
    expect(insertIntoContentEditable(host, 'one\ntwo')).toBe(false);
    expect(host.textContent).toBe('one');
  });
});

describe('read back', () => {
  it('compares text with whitespace collapsed (NBSP, line breaks)', () => {
    expect(normalizeForComparison(' a\u00a0b\n\n c ')).toBe('a b c');
  });

  it('counts only new occurrences: a reply already in the draft is not "inserted" again', () => {
    expect(textWasInserted('Thanks!', 'Thanks! Thanks!', 'Thanks!')).toBe(true);
    expect(textWasInserted('Thanks!', 'Thanks!', 'Thanks!')).toBe(false);
    expect(textWasInserted('', 'Hello\u00a0Anna,\nsee you', 'Hello Anna, see you')).toBe(true);
  });
});

describe('insertText', () => {
  it('inserts into a textarea at the caret it had before focus moved away', async () => {
    const field = textarea('Dear , thanks', 5);
    rememberSelection(field);
    field.setSelectionRange(0, 0); // something moved the caret meanwhile
    const outcome = await insertText(field, 'Anna');
    expect(outcome).toEqual({ status: 'inserted', kind: 'text-field' });
    expect(field.value).toBe('Dear Anna, thanks');
  });

  it('copies to the clipboard when the editor refuses the text', async () => {
    const field = textarea('', 0);
    // An editor that undoes every programmatic change.
    field.addEventListener('input', () => {
      field.value = '';
    });
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const outcome = await insertText(field, 'Hello');
    expect(outcome.status).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('Hello');
  });

  it('reports failure when neither insertion nor the clipboard works, without throwing', async () => {
    const field = textarea('', 0);
    field.addEventListener('input', () => {
      field.value = '';
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    await expect(insertText(field, 'Hello')).resolves.toEqual({ status: 'failed', kind: 'text-field' });
  });
});
