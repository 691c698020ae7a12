import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { scriptOf } from './script';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Snowball stem of a normalised word, by its alphabet (Russian for Cyrillic, English for Latin).
 * Memoised: the same words recur in every draft and query.
 */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const script = scriptOf(word);
  const out = script === 'cyrillic' ? russianStemmer(word) : script === 'latin' ? englishStemmer(word) : word;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}
