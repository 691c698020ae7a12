import { scriptOf, tokenize } from '../text';

/**
 * The language a customer wrote in, for the reply drafted back to them: Russian when Cyrillic
 * words are at least as many as Latin ones, English otherwise (the two languages TrustOps speaks).
 */
export function textLang(text: string): 'ru' | 'en' {
  let cyrillic = 0;
  let latin = 0;
  for (const token of tokenize(text)) {
    const script = scriptOf(token.norm);
    if (script === 'cyrillic') cyrillic++;
    else if (script === 'latin') latin++;
  }
  return latin > cyrillic ? 'en' : 'ru';
}
