import { editingHost, isTextField } from './detect';
import { mapEditorText, type TextMap } from './text-map';

/**
 * The draft as the tone checker sees it. A text field's value as is; a contenteditable's text
 * from its DOM map (so offsets map back to Ranges), with no-break spaces read as spaces: editors
 * put them where the user typed an ordinary space, and both are one UTF-16 unit, so offsets hold.
 */
export interface DraftSnapshot {
  text: string;
  /** For contenteditable composers only. */
  map: TextMap | null;
  host: HTMLElement | null;
}

export function readDraft(composer: HTMLElement): DraftSnapshot {
  if (isTextField(composer)) return { text: composer.value, map: null, host: null };
  const host = editingHost(composer) ?? composer;
  const map = mapEditorText(host);
  return { text: map.text.replace(/\u00a0/g, ' '), map, host };
}
