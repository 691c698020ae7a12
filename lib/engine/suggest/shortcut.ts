import { foldWord } from '../text';

/** A shortcut as typed: "/Vozvrat " and "vozvrat" are the same command. */
export function shortcutKey(text: string): string {
  return foldWord(text.trim()).replace(/^\//, '').trim();
}
