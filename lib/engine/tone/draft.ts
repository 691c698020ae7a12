import { stem, tokenize, type Token } from '../text';
import { findLinks, type LinkSpan } from './links';
import { findPlaceholders, type PlaceholderSpan } from './placeholders';
import { findDirectSpeech } from './speech';
import type { Lang } from './types';

/** One analysis of a draft, shared by every detector so the text is tokenised and linkified once. */
export interface Draft {
  text: string;
  tokens: Token[];
  /** Per token: the key phrase patterns match (Snowball stem; ’ read as '). */
  keys: string[];
  /** Per token: inside a link, e-mail or placeholder, i.e. not prose. */
  masked: boolean[];
  /** Per token: a sentence end or masked text lies between it and the previous token. */
  breakBefore: boolean[];
  /** Per token: index of its sentence. */
  sentence: number[];
  /** Per token: inside quotation marks or unquoted direct speech (someone else's words, a title), not the brand's own voice. */
  quoted: boolean[];
  links: LinkSpan[];
  placeholders: PlaceholderSpan[];
  lang: Lang;
}

const SENTENCE_END = new Set(['.', '!', '?', ';', '…', '\n', '\u3002', '\uff01', '\uff1f']);

function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END.has(text[i]!)) return true;
  return false;
}

export function analyseDraft(text: string): Draft {
  const tokens = tokenize(text);
  const links = findLinks(text);
  const placeholders = findPlaceholders(text, links);
  const masked = maskTokens(tokens, [...links, ...placeholders].sort((a, b) => a.start - b.start));
  const keys = tokens.map((t) => (t.norm.includes('’') ? stem(t.norm.replace(/’/g, "'")) : t.stem));
  const breakBefore: boolean[] = new Array(tokens.length);
  const sentence: number[] = new Array(tokens.length);
  let sentenceIndex = 0;
  for (let i = 0; i < tokens.length; i++) {
    const ends = i > 0 && hasSentenceEnd(text, tokens[i - 1]!.end, tokens[i]!.start);
    if (ends) sentenceIndex++;
    sentence[i] = sentenceIndex;
    breakBefore[i] = i === 0 || ends || masked[i]! || masked[i - 1]!;
  }
  const quoted = maskTokens(tokens, [...findQuotes(text), ...findDirectSpeech(text)].sort((a, b) => a.start - b.start));
  return { text, tokens, keys, masked, breakBefore, sentence, quoted, links, placeholders, lang: detectLang(tokens, masked) };
}

const MAX_QUOTE = 1000;
const OPENING: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };

/**
 * Spans inside quotation marks, closed on the same line: «…», “…”, „…“ and paired straight quotes.
 * An opening mark must not follow a letter (so the inch sign in 27" is no quote).
 */
export function findQuotes(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = OPENING[text[i]!];
    if (close === undefined || /[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) continue;
    let depth = 0;
    // A quotation closes on its line and within MAX_QUOTE characters: unmatched marks stay linear.
    for (let j = i + 1; j < text.length && j - i <= MAX_QUOTE && text[j] !== '\n'; j++) {
      const ch = text[j]!;
      if (ch === text[i] && ch !== close) depth++;
      else if (ch === close) {
        if (depth) depth--;
        else {
          spans.push({ start: i, end: j + 1 });
          i = j;
          break;
        }
      }
    }
  }
  return spans;
}

/** Marks tokens that overlap any of the (sorted) spans. */
function maskTokens(tokens: Token[], spans: { start: number; end: number }[]): boolean[] {
  const masked = new Array<boolean>(tokens.length).fill(false);
  let s = 0;
  for (let i = 0; i < tokens.length && s < spans.length; i++) {
    const token = tokens[i]!;
    while (s < spans.length && spans[s]!.end <= token.start) s++;
    if (s < spans.length && spans[s]!.start < token.end) masked[i] = true;
  }
  return masked;
}

/** Russian when Cyrillic letters are at least as many as Latin ones in the prose. */
function detectLang(tokens: Token[], masked: boolean[]): Lang {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (masked[i]) continue;
    const norm = tokens[i]!.norm;
    for (let k = 0; k < norm.length; k++) {
      const c = norm.charCodeAt(k);
      if (c >= 0x430 && c <= 0x44f) cyrillic++;
      else if (c >= 0x61 && c <= 0x7a) latin++;
    }
  }
  return cyrillic > 0 && cyrillic >= latin ? 'ru' : 'en';
}

/** The words of the draft between two offsets, as written (for messages). */
export function excerpt(draft: Draft, start: number, end: number): string {
  return draft.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenIndexAt(draft: Draft, offset: number): number {
  let lo = 0;
  let hi = draft.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (draft.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Normalised words (up to `count`) right before `offset`, nearest first. */
export function wordsBefore(draft: Draft, offset: number, count: number): string[] {
  const words: string[] = [];
  for (let i = tokenIndexAt(draft, offset) - 1; i >= 0 && words.length < count; i--) {
    if (draft.tokens[i]!.end <= offset) words.push(draft.tokens[i]!.norm);
  }
  return words;
}

/** True when a span overlaps any link or e-mail of the draft. */
export function insideLink(draft: Draft, start: number, end: number): boolean {
  return draft.links.some((link) => link.start < end && start < link.end);
}
