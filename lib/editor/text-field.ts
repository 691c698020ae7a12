import type { TextField } from './detect';

/**
 * Writes into a textarea or text input at its current selection (the caller restored it).
 *
 * First choice is `execCommand('insertText')`: the browser edits the field as if the user typed,
 * so the undo stack works and frameworks (React's value tracker) see a genuine `input` event.
 * Where the browser refuses, the value is set directly and an `input` event is dispatched, which
 * React, Vue and plain listeners all take as user input.
 */
export function insertIntoTextField(field: TextField, text: string): boolean {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const before = field.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  const accepted = execInsertText(field, text);
  if (field.value === expected) return true;
  // The field took the command but changed the text (maxlength, a filter): writing again would
  // duplicate it; the caller's read-back decides what happens next.
  if (accepted && field.value !== before) return false;
  setValueDirectly(field, text, start, end);
  return field.value === expected;
}

function execInsertText(field: TextField, text: string): boolean {
  try {
    return field.ownerDocument.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function setValueDirectly(field: TextField, text: string, start: number, end: number): void {
  if (typeof field.setRangeText === 'function') {
    field.setRangeText(text, start, end, 'end');
  } else {
    // The prototype's setter, not the instance's: frameworks may shadow `value` on the instance.
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    const next = field.value.slice(0, start) + text + field.value.slice(end);
    if (setValue) setValue.call(field, next);
    else field.value = next;
    field.setSelectionRange(start + text.length, start + text.length);
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
