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

/** Index terms of a reply field: stems of its topic words plus the concepts they express. */
export function indexTerms(text: string, concepts: ConceptMatcher, transliterate = false): string[] {
  const { words, extraConcepts } = analyzeText(text, concepts, transliterate);
  const terms: string[] = [];
  for (const word of words) {
    if (word.stop) continue;
    const seen = new Set<string>();
    for (const reading of word.readings) {
      if (!seen.has(reading.stem)) terms.push(reading.stem);
      seen.add(reading.stem);
      for (const concept of concepts.ofReading(reading)) {
        if (!seen.has(conceptTerm(concept))) terms.push(conceptTerm(concept));
        seen.add(conceptTerm(concept));
      }
    }
  }
  for (const concept of extraConcepts) terms.push(conceptTerm(concept));
  return terms;
}
