import { CLIPBOARD_HELPER_ATTRIBUTE } from './clipboard';

/**
 * Which kind of editor an element is. Rich-text frameworks are told apart because each one
 * accepts programmatic text differently (see SITES.md); today they share the contenteditable
 * strategy, and the kind lets a dedicated strategy take over later without touching callers.
 */
export type EditorKind = 'text-field' | 'contenteditable' | 'draftjs' | 'lexical' | 'prosemirror' | 'quill';

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

/** Rich-text framework markers, checked on the editing host and its close surroundings. */
const FRAMEWORK_MARKERS: [Exclude<EditorKind, 'text-field' | 'contenteditable'>, string][] = [
  ['lexical', '[data-lexical-editor]'],
  ['draftjs', '.DraftEditor-root, [data-contents]'],
  ['prosemirror', '.ProseMirror'],
  ['quill', '.ql-editor'],
];

export function detectEditorKind(el: Element): EditorKind | null {
  if (isTextField(el)) return 'text-field';
  const host = editingHost(el);
  if (!host) return null;
  for (const [kind, selector] of FRAMEWORK_MARKERS) {
    // Draft.js marks an inner node ([data-contents]) and a wrapper (.DraftEditor-root).
    if (host.matches(selector) || host.querySelector(selector) || host.closest(selector)) return kind;
  }
  return 'contenteditable';
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
