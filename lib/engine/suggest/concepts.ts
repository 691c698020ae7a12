import { foldWord, stem } from '../text';
import { SUPPORT_LEXICON, CONTACT_CONCEPT } from './lexicon';

/** One way to read a word: its normal form and stem (a transliterated reading is one more). */
export interface Reading {
  norm: string;
  stem: string;
}

/** A word of a text as the concept matcher sees it. */
export interface ConceptToken {
  readings: readonly Reading[];
  stop: boolean;
}

/** How one entry word of the lexicon matches a reading. */
type WordPattern =
  | { kind: 'stem'; value: string }
  | { kind: 'exact'; value: string }
  | { kind: 'prefix'; value: string };

interface Phrase {
  parts: WordPattern[];
  concept: string;
}

/** Stop words allowed between two parts of a phrase ("хочу у вас работать"). */
const MAX_PHRASE_GAP = 3;

/** Prefix entries shorter than this would match too much ("иде*" → идет). */
const MIN_PREFIX = 3;

function parsePattern(word: string): WordPattern {
  if (word.startsWith('=')) return { kind: 'exact', value: foldWord(word.slice(1)) };
  if (word.endsWith('*')) return { kind: 'prefix', value: foldWord(word.slice(0, -1)) };
  return { kind: 'stem', value: stem(foldWord(word)) };
}

function matches(pattern: WordPattern, reading: Reading): boolean {
  if (pattern.kind === 'stem') return reading.stem === pattern.value;
  if (pattern.kind === 'exact') return reading.norm === pattern.value;
  return reading.norm.startsWith(pattern.value);
}

/**
 * The support lexicon compiled for fast look-up: single words by stem, exact form or prefix
 * (memoised per reading, since the same words recur in every reply), phrases by their first part.
 */
export class ConceptMatcher {
  private readonly byStem = new Map<string, string[]>();
  private readonly byExact = new Map<string, string[]>();
  private readonly byPrefix = new Map<string, string[]>();
  private readonly phrasesByFirstPart = new PatternTable<Phrase>();
  private readonly memo = new Map<string, readonly string[]>();
  private readonly stems = new Set<string>();

  constructor(lexicon: Readonly<Record<string, readonly string[]>> = SUPPORT_LEXICON) {
    for (const [concept, entries] of Object.entries(lexicon)) {
      for (const entry of entries) {
        const parts = entry.trim().split(/\s+/).map(parsePattern);
        if (parts.length > 1) this.phrasesByFirstPart.add(parts[0]!, { parts, concept });
        else if (parts[0]) this.addWord(parts[0], concept);
      }
    }
  }

  /** Stems of the single-word entries: typo correction may land on them. */
  get lexiconStems(): ReadonlySet<string> {
    return this.stems;
  }

  private addWord(pattern: WordPattern, concept: string): void {
    if (pattern.kind === 'prefix' && pattern.value.length < MIN_PREFIX)
      throw new Error(`lexicon prefix "${pattern.value}*" is too short`);
    const map = pattern.kind === 'stem' ? this.byStem : pattern.kind === 'exact' ? this.byExact : this.byPrefix;
    const list = map.get(pattern.value) ?? [];
    if (!list.includes(concept)) list.push(concept);
    map.set(pattern.value, list);
    if (pattern.kind !== 'exact') this.stems.add(pattern.value);
  }

  /** Concepts a single word stands for. */
  ofReading(reading: Reading): readonly string[] {
    const key = `${reading.norm}\u0000${reading.stem}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const found = new Set<string>([
      ...(this.byStem.get(reading.stem) ?? []),
      ...(this.byExact.get(reading.norm) ?? []),
    ]);
    for (let length = MIN_PREFIX; length <= reading.norm.length; length++) {
      for (const concept of this.byPrefix.get(reading.norm.slice(0, length)) ?? []) found.add(concept);
    }
    const out = [...found];
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(key, out);
    return out;
  }

  /** Concepts of multi-word phrases found in a token sequence, one entry per occurrence. */
  ofPhrases(tokens: readonly ConceptToken[]): string[] {
    const found: string[] = [];
    tokens.forEach((token, start) => {
      const candidates = new Set(token.readings.flatMap((reading) => this.phrasesByFirstPart.lookup(reading)));
      for (const phrase of candidates) {
        if (matchesPhraseAt(phrase.parts, tokens, start)) found.push(phrase.concept);
      }
    });
    return found;
  }
}

/** Values keyed by a word pattern, found again from a reading with a few map look-ups. */
class PatternTable<T> {
  private readonly byKind = { stem: new Map<string, T[]>(), exact: new Map<string, T[]>(), prefix: new Map<string, T[]>() };

  add(pattern: WordPattern, value: T): void {
    const map = this.byKind[pattern.kind];
    const list = map.get(pattern.value);
    if (list) list.push(value);
    else map.set(pattern.value, [value]);
  }

  lookup(reading: Reading): T[] {
    const out = [...(this.byKind.stem.get(reading.stem) ?? []), ...(this.byKind.exact.get(reading.norm) ?? [])];
    for (let length = 1; length <= reading.norm.length; length++)
      out.push(...(this.byKind.prefix.get(reading.norm.slice(0, length)) ?? []));
    return out;
  }
}

function tokenMatches(pattern: WordPattern, token: ConceptToken): boolean {
  return token.readings.some((reading) => matches(pattern, reading));
}

function matchesPhraseAt(parts: readonly WordPattern[], tokens: readonly ConceptToken[], start: number): boolean {
  const first = tokens[start];
  if (!first || !tokenMatches(parts[0]!, first)) return false;
  let position = start;
  for (const part of parts.slice(1)) {
    let gap = 0;
    let next = position + 1;
    while (next < tokens.length && !tokenMatches(part, tokens[next]!)) {
      if (!tokens[next]!.stop || ++gap > MAX_PHRASE_GAP) return false;
      next++;
    }
    if (next >= tokens.length) return false;
    position = next;
  }
  return true;
}

// A phone number (10+ digits with the usual separators) or an e-mail address in a message is
// personal data whatever words surround it.
const PHONE = /(?:\+?\d[\s\-()]{0,3}){10,}/;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;

/** Concepts signalled by the shape of the text rather than by words. */
export function entityConcepts(text: string): string[] {
  return PHONE.test(text) || EMAIL.test(text) ? [CONTACT_CONCEPT] : [];
}
