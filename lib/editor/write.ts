import { insertIntoContentEditable } from './contenteditable';
import { isTextField, type EditorKind } from './detect';
import { insertIntoTextField } from './text-field';

type Strategy = (el: HTMLElement, text: string) => boolean;

/**
 * How each editor kind takes text at its current selection. Draft.js, Lexical, ProseMirror and
 * Quill use the generic contenteditable path for now (it works where they honour native editing
 * commands); callers read the editor back to catch the cases where they do not, and a dedicated
 * MAIN-world strategy can replace an entry here without touching callers.
 */
const STRATEGIES: Record<EditorKind, Strategy> = {
  'text-field': (el, text) => isTextField(el) && insertIntoTextField(el, text),
  contenteditable: insertIntoContentEditable,
  draftjs: insertIntoContentEditable,
  lexical: insertIntoContentEditable,
  prosemirror: insertIntoContentEditable,
  quill: insertIntoContentEditable,
};

/** Replaces the editor's current selection with `text` (the caller placed the selection). */
export function writeAtSelection(el: HTMLElement, kind: EditorKind, text: string): boolean {
  return STRATEGIES[kind](el, text);
}
