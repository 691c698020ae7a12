import { editingHost, isTextField } from '../detect';
import { contentEditableDriver } from './contenteditable';
import { draftjsDriver } from './draftjs';
import { lexicalDriver } from './lexical';
import { prosemirrorDriver } from './prosemirror';
import { quillDriver } from './quill';
import { textFieldDriver } from './text-field';
import type { EditorDriver } from './types';

/**
 * The one list of editor drivers, for reply insertion and tone fixes alike. The first match wins:
 * frameworks before the plain contenteditable, which takes any editing host. A new editor is a
 * driver module and a line here.
 */
export const DRIVERS = [textFieldDriver, lexicalDriver, draftjsDriver, prosemirrorDriver, quillDriver, contentEditableDriver] as const;

export type EditorKind = (typeof DRIVERS)[number]['kind'];

/** An element to write into (a text field or an editing host) and its driver. */
export interface Editor {
  element: HTMLElement;
  driver: EditorDriver<EditorKind>;
}

/** The editor `el` belongs to: the field itself, or the contenteditable's editing host. */
export function findEditor(el: Element): Editor | null {
  const element = isTextField(el) ? el : editingHost(el);
  if (!element) return null;
  const driver = DRIVERS.find((candidate) => candidate.matches(element));
  return driver ? { element, driver } : null;
}

export function detectEditorKind(el: Element): EditorKind | null {
  return findEditor(el)?.driver.kind ?? null;
}

export function driverOfKind(kind: EditorKind): EditorDriver<EditorKind> {
  return DRIVERS.find((driver) => driver.kind === kind)!;
}
