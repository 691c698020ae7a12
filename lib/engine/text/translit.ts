/**
 * Latin → Cyrillic for Russian typed in Latin letters ("dostavka", "vozvrat", "zakaz ne privezli").
 * People mix the common schemes (GOST, passport, chat habits), so the rules accept them all and
 * the few ambiguous letters yield a second variant. Input: a normalised Latin word.
 */
const MULTI: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'],
  ['tz', 'ц'], ['yu', 'ю'], ['ju', 'ю'], ['iu', 'ю'], ['ya', 'я'], ['ja', 'я'], ['ia', 'я'],
  ['yo', 'е'], ['jo', 'е'], ['ye', 'е'], ['je', 'е'],
];

const SINGLE: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', w: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'к', x: 'кс',
  q: 'к', y: 'ы', "'": 'ь', '’': 'ь',
};

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

/** Cyrillic readings of a Latin word, most likely first; empty when the word is not Latin. */
export function latinToCyrillic(word: string): string[] {
  if (!/^[a-z'’]+$/.test(word)) return [];
  let out = '';
  let i = 0;
  while (i < word.length) {
    const multi = MULTI.find(([latin]) => word.startsWith(latin, i));
    if (multi) {
      out += multi[1];
      i += multi[0].length;
      continue;
    }
    const ch = word[i]!;
    // "y" after a vowel is й (novyy → новый, rabotay → работай); elsewhere ы.
    out += ch === 'y' && VOWELS.has(out.at(-1) ?? '') ? 'й' : (SINGLE[ch] ?? ch);
    i++;
  }
  const variants = [out];
  // "i" after a vowel is often й (moi → мой, rabotai → работай).
  const alt = out.replace(/([аеиоуыэюя])и(?=$|[^аеиоуыэюя])/g, '$1й');
  if (alt !== out) variants.push(alt);
  return variants;
}
