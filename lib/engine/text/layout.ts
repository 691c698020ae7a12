/**
 * Russian typed with the English keyboard layout active ("ljcnfdrf" → "доставка").
 * Maps the QWERTY keys of the standard ЙЦУКЕН layout, punctuation keys included, because
 * б, ю, ж, э, х, ъ, ё sit on , . ; ' [ ] `.
 */
const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюе'; // ` is ё, folded to е as everywhere

const KEY_MAP: ReadonlyMap<string, string> = new Map(
  [...QWERTY].map((key, index) => [key, JCUKEN[index]!] as const),
);

/**
 * The text re-read as if typed in the Russian layout, or null when it contains no Latin
 * letter (nothing to convert) or any Cyrillic (then the layout was right).
 */
export function fromWrongLayout(text: string): string | null {
  const lower = text.toLowerCase();
  if (!/[a-z]/.test(lower) || /[а-яё]/.test(lower)) return null;
  let out = '';
  for (const ch of lower) out += KEY_MAP.get(ch) ?? ch;
  return out;
}
