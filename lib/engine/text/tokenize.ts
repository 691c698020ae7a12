import { foldWord } from './normalize';
import { stem } from './stem';

export interface Token {
  /** The word as written. */
  raw: string;
  /** Lower case, ё→е. */
  norm: string;
  /** Snowball stem of `norm`. */
  stem: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes/hyphens kept inside a word (don't, кто-то).
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Words of a text with offsets, normalised and stemmed. Emoji and punctuation are separators. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const norm = foldWord(raw);
    tokens.push({ raw, norm, stem: stem(norm), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}
