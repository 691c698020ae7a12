import { foldWord, isOneEditApart, stem } from '../text';
import { SUPPORT_LEXICON, SYNONYM_GROUPS, CONTACT_CONCEPT } from './lexicon';

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

/** How one word of a lexicon entry matches a reading. */
type WordPattern = { kind: 'stem' | 'exact' | 'prefix'; value: string };

interface Phrase {
  parts: WordPattern[];
  concept: string;
}

/** A phrase found in a text: its concept and the positions of its words. */
export interface PhraseMatch {
  concept: string;
  positions: number[];
}

/** Stop words allowed between two parts of a phrase ("хочу у вас работать"). */
const MAX_PHRASE_GAP = 3;

/** Prefix entries shorter than this would match too much ("ид*" → идет). */
const MIN_PREFIX = 3;

/** Only prefixes this long are matched with a typo; shorter ones would match half the language. */
const MIN_TYPO_PREFIX = 5;

function parsePattern(word: string): WordPattern {
  if (word.startsWith('=')) return { kind: 'exact', value: foldWord(word.slice(1)) };
  if (word.endsWith('*')) {
    const value = foldWord(word.slice(0, -1));
    if (value.length < MIN_PREFIX) throw new Error(`lexicon prefix "${word}" is too short`);
    return { kind: 'prefix', value };
  }
  return { kind: 'stem', value: stem(foldWord(word)) };
}

/** Values keyed by word patterns, found again from a reading with a few map look-ups. */
class PatternTable<T> {
  private readonly maps = { stem: new Map<string, T[]>(), exact: new Map<string, T[]>(), prefix: new Map<string, T[]>() };

  add(pattern: WordPattern, value: T): void {
    const map = this.maps[pattern.kind];
    const list = map.get(pattern.value);
    if (!list) map.set(pattern.value, [value]);
    else if (!list.includes(value)) list.push(value);
  }

  lookup(reading: Reading): T[] {
    const out = [...(this.maps.stem.get(reading.stem) ?? []), ...(this.maps.exact.get(reading.norm) ?? [])];
    for (let length = MIN_PREFIX; length <= reading.norm.length; length++)
      out.push(...(this.maps.prefix.get(reading.norm.slice(0, length)) ?? []));
    return out;
  }

  stemKeys(): IterableIterator<string> {
    return this.maps.stem.keys();
  }

  prefixEntries(): IterableIterator<[string, T[]]> {
    return this.maps.prefix.entries();
  }
}

/**
 * The support lexicon compiled for look-up: single words (memoised per reading, since the same
 * words recur in every reply) and phrases, found by their first part.
 */
export class ConceptMatcher {
  private readonly words = new PatternTable<string>();
  /** Stems of the hand-written entries; thesaurus stems are too many to index for typos. */
  private readonly ownStems = new Set<string>();
  private readonly phrases = new PatternTable<Phrase>();
  private readonly memo = new Map<string, readonly string[]>();
  private readonly phraseMemo = new Map<string, readonly Phrase[]>();

  /** `stemGroups` are concepts given as stems already (the thesaurus groups: see lexicon.ts). */
  constructor(
    lexicon: Readonly<Record<string, readonly string[]>> = SUPPORT_LEXICON,
    stemGroups: Readonly<Record<string, readonly string[]>> = SYNONYM_GROUPS,
  ) {
    for (const [concept, stems] of Object.entries(stemGroups))
      for (const value of stems) this.words.add({ kind: 'stem', value }, concept);
    for (const [concept, entries] of Object.entries(lexicon)) {
      for (const entry of entries) {
        const parts = entry.trim().split(/\s+/).map(parsePattern);
        if (parts.length > 1) this.phrases.add(parts[0]!, { parts, concept });
        else {
          this.words.add(parts[0]!, concept);
          if (parts[0]!.kind === 'stem') this.ownStems.add(parts[0]!.value);
        }
      }
    }
  }

  /** Stems of single-word entries: a typo may be corrected towards them. */
  lexiconStems(): string[] {
    return [...this.ownStems];
  }

  /** Concepts a single word stands for. */
  ofReading(reading: Reading): readonly string[] {
    const key = `${reading.norm}\u0000${reading.stem}`;
    let concepts = this.memo.get(key);
    if (!concepts) {
      concepts = [...new Set(this.words.lookup(reading))];
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(key, concepts);
    }
    return concepts;
  }

  /**
   * Concepts of a long prefix entry that the word starts with give or take one typo
   * ("промакод" → промокод*, "опаздвает" → опазд*). Only asked for words nothing else knows.
   */
  ofMisspelledPrefix(norm: string): string[] {
    const found = new Set<string>();
    for (const [prefix, concepts] of this.words.prefixEntries()) {
      if (prefix.length < MIN_TYPO_PREFIX || norm.startsWith(prefix)) continue;
      const near = [-1, 0, 1].some((delta) => isOneEditApart(norm.slice(0, prefix.length + delta), prefix));
      if (near) for (const concept of concepts) found.add(concept);
    }
    return [...found];
  }

  private phrasesStartingWith(reading: Reading): readonly Phrase[] {
    const key = `${reading.norm}\u0000${reading.stem}`;
    let phrases = this.phraseMemo.get(key);
    if (!phrases) {
      phrases = this.phrases.lookup(reading);
      if (this.phraseMemo.size > 100_000) this.phraseMemo.clear();
      this.phraseMemo.set(key, phrases);
    }
    return phrases;
  }

  /** Phrases ("не работает") found in a token sequence, one entry per occurrence. */
  ofPhrases(tokens: readonly ConceptToken[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    tokens.forEach((token, start) => {
      const candidates = new Set(token.readings.flatMap((reading) => this.phrasesStartingWith(reading)));
      for (const phrase of candidates) {
        const positions = matchPhraseAt(phrase.parts, tokens, start);
        if (positions) found.push({ concept: phrase.concept, positions });
      }
    });
    return found;
  }
}

function tokenMatches(pattern: WordPattern, token: ConceptToken): boolean {
  return token.readings.some((reading) =>
    pattern.kind === 'stem' ? reading.stem === pattern.value
    : pattern.kind === 'exact' ? reading.norm === pattern.value
    : reading.norm.startsWith(pattern.value),
  );
}

/**
 * Positions of the phrase's words when its first part is at `start` and each later part
 * follows with only stop words between; null when the phrase is not there.
 */
function matchPhraseAt(parts: readonly WordPattern[], tokens: readonly ConceptToken[], start: number): number[] | null {
  const positions = [start];
  for (const part of parts.slice(1)) {
    const previous = positions.at(-1)!;
    let next = previous + 1;
    while (next < tokens.length && !tokenMatches(part, tokens[next]!)) {
      if (!tokens[next]!.stop || next - previous > MAX_PHRASE_GAP) return null;
      next++;
    }
    if (next >= tokens.length) return null;
    positions.push(next);
  }
  return positions;
}

// A phone number (10+ digits with the usual separators) or an e-mail address in a message is
// personal data whatever words surround it.
const PHONE = /(?:\+?\d[\s\-()]{0,3}){10,}/;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;

/** Concepts signalled by the shape of the text rather than by its words. */
export function entityConcepts(text: string): string[] {
  // Cheap guards first: the patterns are slow on long replies and rarely needed.
  const maybePhone = text.replace(/\D+/g, '').length >= 10;
  const maybeEmail = text.includes('@');
  return (maybePhone && PHONE.test(text)) || (maybeEmail && EMAIL.test(text)) ? [CONTACT_CONCEPT] : [];
}
