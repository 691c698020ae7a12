import { foldWord, stem, tokenize } from '../../text';

/** One position of a phrase: a word form (by stem), a word prefix, an exact word, or a short gap. */
export type Element =
  | { kind: 'stem'; value: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'exact'; value: string }
  | { kind: 'gap' };

/** Longest gap `~` may skip (words within one sentence). */
export const MAX_GAP = 3;
const MAX_EXPANSIONS = 4096;

/** The key a draft token is matched by: its Snowball stem, with ’ read as '. */
export function wordKey(word: string): string {
  return stem(foldWord(word).replace(/’/g, "'"));
}

/**
 * Built-in lexicon syntax (not exposed to packs, where "?" is just punctuation):
 * words separated by spaces, each matched on its word forms (stem); `word*` = any word starting
 * with it; `=word` = exactly this word; `a|b` = either; `word?` = optional; `~` = up to 3 words.
 * Returns every expansion of the alternatives and optional words.
 */
export function parseLexiconPattern(pattern: string): Element[][] {
  let sequences: Element[][] = [[]];
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === '~') {
      sequences = sequences.map((seq) => [...seq, { kind: 'gap' } as Element]);
      continue;
    }
    const optional = part.endsWith('?');
    const choices = (optional ? part.slice(0, -1) : part).split('|').map(lexiconElement);
    const next: Element[][] = [];
    for (const seq of sequences) {
      if (optional) next.push(seq);
      for (const choice of choices) next.push([...seq, choice]);
    }
    if (next.length > MAX_EXPANSIONS) throw new Error(`pattern "${pattern}" expands to too many phrases`);
    sequences = next;
  }
  for (const seq of sequences)
    if (!seq.length || seq[0]!.kind === 'gap' || seq[seq.length - 1]!.kind === 'gap')
      throw new Error(`pattern "${pattern}" must start and end with a word`);
  return sequences;
}

function lexiconElement(word: string): Element {
  if (word.startsWith('=')) return { kind: 'exact', value: foldWord(word.slice(1)) };
  if (word.endsWith('*')) return { kind: 'prefix', value: foldWord(word.slice(0, -1)) };
  return { kind: 'stem', value: wordKey(word) };
}

/**
 * A pack's phrase: plain text matched word by word on word forms (punctuation ignored);
 * a `*` right after a word matches any word starting with it. Null when it has no words.
 */
export function parsePlainPhrase(phrase: string): Element[] | null {
  const tokens = tokenize(phrase);
  if (!tokens.length) return null;
  return tokens.map((token) =>
    phrase[token.end] === '*' ? { kind: 'prefix', value: token.norm } : { kind: 'stem', value: wordKey(token.raw) },
  );
}
