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
  'beforeinput',
  'input',
  'change',
  'submit',
  'paste',
  'drop',
  'compositionend',
] as const;

function dropUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Installs the filter on the panel's shadow root, in the capture phase: it runs before the handlers
 * of every element inside. Returns the uninstaller.
 */
export function acceptTrustedInputOnly(root: EventTarget): () => void {
  for (const type of PANEL_INPUT_EVENTS) root.addEventListener(type, dropUntrusted, { capture: true });
  return () => {
    for (const type of PANEL_INPUT_EVENTS) root.removeEventListener(type, dropUntrusted, { capture: true });
  };
}
