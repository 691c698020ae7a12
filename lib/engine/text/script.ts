/** Which alphabet a word is written in; decides the stemmer and the transliteration. */
export type Script = 'cyrillic' | 'latin' | 'other';

export function scriptOf(word: string): Script {
  let cyr = 0;
  let lat = 0;
  for (const ch of word) {
    if (ch >= 'а' && ch <= 'я') cyr++;
    else if (ch >= 'a' && ch <= 'z') lat++;
  }
  if (cyr === 0 && lat === 0) return 'other';
  return cyr >= lat ? 'cyrillic' : 'latin';
}
