import { isStopWord, stem, tokenize } from '../text';

/**
 * Words that frame a request rather than name it: "добавьте …", "было бы здорово …", "please add …",
 * "would love …". Two requests for different things share them, so they say nothing about which
 * idea a message is. Stems (Snowball), as `ideaTerms` compares them.
 */
const FRAMING_WORDS = `
добавьте добавить добавили добавят добавление сделайте сделать сделали сделает появится появилась появилось
появились появиться хотелось хотелось бы было здорово круто классно отлично хорошо можно нельзя будет будут
планируете планируется собираетесь верните вернуть хватает хватало жаль очень просьба прошу предлагаю идея
мечтаю спасибо хотя нужно нужна нужен нужны
add added adding make made please would love like wish want wanted could can great nice cool idea request
feature option possible plan planning bring back really thanks thank need needed support hope able ability
`;
const FRAMING: ReadonlySet<string> = new Set(FRAMING_WORDS.split(/\s+/).filter(Boolean).map((word) => stem(word)));

/** A number, a single letter or a two-letter fragment names no request. */
const isNoise = (norm: string) => norm.replace(/[^\p{L}]/gu, '').length < 3;

/**
 * The content stems of a customer's request: words as the text engine tokenises and stems them,
 * without function words, request framing and noise. Distinct, in order of first appearance.
 */
export function ideaTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    if (isStopWord(token.norm) || isNoise(token.norm) || FRAMING.has(token.stem)) continue;
    seen.add(token.stem);
  }
  return [...seen];
}
