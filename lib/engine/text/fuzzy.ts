/**
 * Typo tolerance by the symmetric-delete method: a word and every one-letter deletion of it are
 * keys of a map, so a query finds the known words within one edit (insertion, deletion,
 * substitution or adjacent swap: "дотсавк" and "доставк" share "досавк") with a few map
 * look-ups instead of comparing against the whole vocabulary.
 */
export class TypoVocabulary {
  private readonly byKey = new Map<string, string[]>();
  private readonly words = new Set<string>();

  /** Shorter words are left out: one edit turns them into too many other words. */
  constructor(private readonly minLength = 5) {}

  add(word: string): void {
    if (this.words.has(word) || word.length < this.minLength) return;
    this.words.add(word);
    for (const key of withOneDeletion(word)) {
      const list = this.byKey.get(key);
      if (list) list.push(word);
      else this.byKey.set(key, [word]);
    }
  }

  /** Known words exactly one edit away from `word` (never `word` itself). */
  near(word: string): string[] {
    if (word.length < this.minLength) return [];
    const found = new Set<string>();
    for (const key of withOneDeletion(word)) {
      for (const candidate of this.byKey.get(key) ?? []) {
        if (candidate !== word && isOneEditApart(word, candidate)) found.add(candidate);
      }
    }
    return [...found];
  }
}

/** The word itself and each string with one character removed. */
function withOneDeletion(word: string): Set<string> {
  const keys = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/**
 * Optimal-string-alignment distance ≤ 1: equal, or one insertion, deletion, substitution or
 * swap of neighbours. Compares UTF-16 units, which is exact for Cyrillic and Latin.
 */
export function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (i === a.length) return true;
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
