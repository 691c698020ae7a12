import { isStopWord, latinToCyrillic, scriptOf, stem, tokenize } from '../text';
import { entityConcepts, type ConceptMatcher, type ConceptToken, type Reading } from './concepts';

/** A word of a message or reply with every reading worth looking up. */
export interface TextWord extends ConceptToken {
  /** The first reading is the word as written; transliterations follow. */
  readings: readonly Reading[];
  /** Carries no topic (function word, number, single letter). */
  stop: boolean;
}

export interface AnalyzedText {
  words: TextWord[];
  /** Concepts of phrases ("не работает") and of shapes (a phone number), not tied to one word. */
  extraConcepts: string[];
  /** Positions of words that belong to a phrase: their own meaning is secondary there. */
  phraseWords: Set<number>;
}

/** A number or code ("600р", "2") names no topic; a model name with letters ("x100") may. */
function isNoise(norm: string): boolean {
  if (norm.length > 2 && !/\d/.test(norm)) return false;
  const letters = norm.replace(/[^\p{L}]/gu, '').length;
  return letters < 2 || (letters < 3 && /\d/.test(norm));
}

/**
 * Splits a text into words with readings. With `transliterate`, Latin words also get their
 * Cyrillic readings ("zakaz" → заказ); a Latin word that reads as a Russian function word
 * ("ne", "vy", "uzhe") counts as a stop word.
 */
export function analyzeText(text: string, concepts: ConceptMatcher, transliterate: boolean): AnalyzedText {
  const words: TextWord[] = tokenize(text).map((token) => {
    const readings: Reading[] = [{ norm: token.norm, stem: token.stem }];
    if (transliterate && scriptOf(token.norm) === 'latin') {
      for (const cyrillic of latinToCyrillic(token.norm)) readings.push({ norm: cyrillic, stem: stem(cyrillic) });
    }
    const stop = isNoise(token.norm) || readings.some((reading) => isStopWord(reading.norm));
    return { readings, stop };
  });
  const phrases = concepts.ofPhrases(words);
  return {
    words,
    extraConcepts: [...phrases.map((phrase) => phrase.concept), ...entityConcepts(text)],
    phraseWords: new Set(phrases.flatMap((phrase) => phrase.positions)),
  };
}

/** The term of a concept in the index; "~" keeps concepts apart from stems. */
export const conceptTerm = (concept: string) => `~${concept}`;

/**
 * Terms of a text grouped by word: each group holds the stems of the word's readings and the
 * concepts they express; phrase and shape concepts form groups of their own. Stop words drop out.
 */
function wordTerms(text: string, concepts: ConceptMatcher, transliterate = false): string[][] {
  const { words, extraConcepts } = analyzeText(text, concepts, transliterate);
  const groups: string[][] = [];
  for (const word of words) {
    if (word.stop) continue;
    const terms = new Set<string>();
    for (const reading of word.readings) {
      terms.add(reading.stem);
      for (const concept of concepts.ofReading(reading)) terms.add(conceptTerm(concept));
    }
    groups.push([...terms]);
  }
  for (const concept of extraConcepts) groups.push([conceptTerm(concept)]);
  return groups;
}

/** Index terms of a reply field: stems of its topic words plus the concepts they express. */
export function indexTerms(text: string, concepts: ConceptMatcher, transliterate = false): string[] {
  return wordTerms(text, concepts, transliterate).flat();
}

export const isConceptTerm = (term: string) => term.startsWith('~');
