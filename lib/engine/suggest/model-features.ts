import { latinToCyrillic, scriptOf, stem, tokenize } from '../text';
import type { ConceptMatcher } from './concepts';

/**
 * Sparse features of a message for the learned model (model.ts): word stems, pairs of
 * neighbouring stems, character n-grams of each word (typos, inflections the stemmer misses,
 * compounds) and the support-lexicon concepts. Features are hashed to 32-bit ids; each family is
 * L2-normalised on its own and weighted, so a long word does not drown the stems in n-grams.
 */
export interface FeatureVector {
  ids: Int32Array;
  values: Float64Array;
}

/** Relative weight of each feature family in the vector (tuned on a development split). */
export const FEATURE_WEIGHTS = {
  word: 1,
  pair: 0.3,
  chars: 1.4,
  concept: 0.5,
} as const;

const CHAR_MIN = 3;
const CHAR_MAX = 5;

/** FNV-1a over the UTF-16 units of a string, seeded by the family tag. */
function hash(tag: number, text: string): number {
  let h = (0x811c9dc5 ^ tag) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

class Family {
  readonly counts = new Map<number, number>();
  constructor(private readonly tag: number) {}
  add(text: string, count = 1): void {
    const id = hash(this.tag, text);
    this.counts.set(id, (this.counts.get(id) ?? 0) + count);
  }
}

/** A digit string is one token shape whatever the number ("4 days", "10 days"). */
const wordKey = (norm: string) => (/^\d+$/.test(norm) ? '#' : norm);

/** Features of a text: each family L2-normalised and weighted, then the whole vector normalised. */
export function textFeatures(text: string, concepts?: ConceptMatcher): FeatureVector {
  const words = new Family(1);
  const pairs = new Family(2);
  const chars = new Family(3);
  const conceptFamily = new Family(4);
  const tokens = tokenize(text);
  const stems: string[] = [];
  for (const token of tokens) {
    const norm = wordKey(token.norm);
    const readings = [norm === '#' ? '#' : token.stem];
    // Russian typed in Latin letters also reads as Cyrillic ("vozvrat" → возврат).
    if (norm !== '#' && scriptOf(norm) === 'latin') for (const cyr of latinToCyrillic(norm).slice(0, 1)) readings.push(stem(cyr));
    for (const reading of readings) words.add(reading);
    stems.push(readings[0]!);
    if (norm !== '#') {
      const padded = `<${norm}>`;
      for (let n = CHAR_MIN; n <= CHAR_MAX; n++)
        for (let i = 0; i + n <= padded.length; i++) chars.add(padded.slice(i, i + n));
    }
    if (concepts) for (const concept of concepts.ofReading({ norm: token.norm, stem: token.stem })) conceptFamily.add(concept);
  }
  for (let i = 1; i < stems.length; i++) pairs.add(`${stems[i - 1]} ${stems[i]}`);
  if (concepts) {
    const matched = concepts.ofPhrases(tokens.map((t) => ({ readings: [{ norm: t.norm, stem: t.stem }], stop: false })));
    for (const phrase of matched) conceptFamily.add(phrase.concept);
  }
  const merged = new Map<number, number>();
  const put = (family: Family, weight: number) => {
    let norm = 0;
    for (const count of family.counts.values()) norm += count * count;
    if (!norm) return;
    const scale = weight / Math.sqrt(norm);
    for (const [id, count] of family.counts) merged.set(id, (merged.get(id) ?? 0) + count * scale);
  };
  put(words, FEATURE_WEIGHTS.word);
  put(pairs, FEATURE_WEIGHTS.pair);
  put(chars, FEATURE_WEIGHTS.chars);
  put(conceptFamily, FEATURE_WEIGHTS.concept);
  let total = 0;
  for (const value of merged.values()) total += value * value;
  const scale = total ? 1 / Math.sqrt(total) : 0;
  const ids = new Int32Array(merged.size);
  const values = new Float64Array(merged.size);
  let i = 0;
  for (const [id, value] of merged) {
    ids[i] = id;
    values[i++] = value * scale;
  }
  return { ids, values };
}
