/**
 * Typo tolerance by the symmetric-delete method: a word and every one-letter deletion of it are
 * keys of a map, so a query finds the known words within one edit (insertion, deletion,
 * substitution or adjacent swap: "дотсавк" and "доставк" share "досавк") with a few map
 * look-ups instead of comparing against the whole vocabulary.
 */
export class TypoVocabulary {
  private readonly byKey = new Map<string, string[]>();
  private readonly words = new Set<string>();

  constructor(private readonly minLength = 4) {}

  has(word: string): boolean {
    return this.words.has(word);
  }

  add(word: string): void {
    if (this.words.has(word) || [...word].length < this.minLength) return;
    this.words.add(word);
    for (const key of withOneDeletion(word)) {
      const list = this.byKey.get(key);
      if (list) list.push(word);
      else this.byKey.set(key, [word]);
    }
  }

  /** Known words exactly one edit away from `word` (never `word` itself). */
  near(word: string): string[] {
    if ([...word].length < this.minLength) return [];
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
  const chars = [...word];
  const keys = new Set<string>([word]);
  for (let i = 0; i < chars.length; i++) keys.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return keys;
}

/** Optimal-string-alignment distance ≤ 1 (an adjacent swap counts as one edit). */
export function isOneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (i === x.length) return true;
    const restEqual = (from: number) => x.slice(from).join('') === y.slice(from).join('');
    if (restEqual(i + 1)) return true; // substitution
    return x[i] === y[i + 1] && x[i + 1] === y[i] && restEqual(i + 2); // swap
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.slice(i + 1).join('') === short.slice(i).join('');
}
