import { CLIPBOARD_HELPER_ATTRIBUTE } from './clipboard';

/** Which elements are composers. Which kind of editor one is: drivers/index.ts. */

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Input types that hold free text a reply could go into (no passwords, numbers, dates). */
const TEXT_INPUT_TYPES = new Set(['text', 'search']);

export function isTextField(el: Element): el is TextField {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(el.type);
}

function isWritableField(el: TextField): boolean {
  return !el.readOnly && !el.disabled;
}

/** The outermost contenteditable element around `el` (the editing host), if any. */
export function editingHost(el: Element): HTMLElement | null {
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let host: HTMLElement = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/**
 * The composer a focus target belongs to: a writable text field or a contenteditable editing
 * host; `null` for anything else (buttons, checkboxes, password fields, read-only boxes).
 */
export function composerOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element) || target.hasAttribute(CLIPBOARD_HELPER_ATTRIBUTE)) return null;
  if (isTextField(target)) return isWritableField(target) ? target : null;
  return editingHost(target);
}
