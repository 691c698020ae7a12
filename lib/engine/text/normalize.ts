/**
 * Normalisation shared by every engine: lower case, ё→е, NFKC (full-width forms, ligatures),
 * no combining accents. Length is preserved one-to-one for offsets where possible: see
 * `normalizeChar` used by the tokenizer, which maps each UTF-16 unit independently.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/[\u0300-\u0302\u0304-\u0305\u0307-\u036f]/g, '') // keep й (U+0306) and ё handled above
    .normalize('NFC');
}

/** Lower-cases one word and folds ё→е without changing its length (offsets stay valid). */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}
