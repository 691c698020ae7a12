/**
 * Every kind of input the panel acts on. Events a page script dispatches (`isTrusted` false) are
 * stopped before they reach any handler of the panel and their default action is cancelled (a
 * synthetic click on a button would otherwise still activate it): the panel answers only the user.
 */
export const PANEL_INPUT_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'pointermove',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'beforeinput',
  'input',
  'change',
  'submit',
  'paste',
  'drop',
  'compositionend',
] as const;

type TextField = HTMLInputElement | HTMLTextAreaElement;

const isTextField = (target: EventTarget | null): target is TextField =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

function drop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * One more way in: while the user's focus is in the panel's search box, a page script can call
 * `document.execCommand('insertText')`, which edits the focused field, even inside a closed root.
 * Real editing (typing, IME, paste, drop, undo) always fires a trusted `beforeinput` first;
 * execCommand fires none. An `input` without one is dropped and the field gets back the value it had.
 */
function fieldGuard() {
  const armed = new WeakSet<TextField>();
  const lastValue = new WeakMap<TextField, string>();
  return (event: Event): void => {
    const field = event.target;
    if (!event.isTrusted) {
      if (event.type === 'input' && isTextField(field)) field.value = lastValue.get(field) ?? field.value;
      return drop(event);
    }
    if (!isTextField(field)) return;
    if (event.type === 'focusin' || event.type === 'keydown') lastValue.set(field, field.value);
    else if (event.type === 'beforeinput') armed.add(field);
    else if (event.type === 'input') {
      if (armed.delete(field)) return void lastValue.set(field, field.value);
      field.value = lastValue.get(field) ?? '';
      drop(event);
    }
  };
}

/**
 * Installs the filter on the panel's shadow root, in the capture phase: it runs before the handlers
 * of every element inside. Returns the uninstaller.
 */
export function acceptTrustedInputOnly(root: EventTarget): () => void {
  const guard = fieldGuard();
  for (const type of PANEL_INPUT_EVENTS) root.addEventListener(type, guard, { capture: true });
  return () => {
    for (const type of PANEL_INPUT_EVENTS) root.removeEventListener(type, guard, { capture: true });
  };
}
