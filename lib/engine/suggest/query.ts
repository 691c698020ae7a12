import { normalize, scriptOf, type Script, type StemFamilies, type TypoVocabulary } from '../text';
import { analyzeText, conceptTerm, type TextWord } from './analyze';
import type { ConceptMatcher, Reading } from './concepts';
import { SPAM_CONCEPT, isThesaurusConcept } from './lexicon';
import { MATCH_WEIGHT, THESAURUS_FACTOR } from './weights';

/** An index term a message word may stand for, with how much that reading is trusted. */
export interface Alternative {
  term: string;
  weight: number;
}

/** One message word (or phrase) to be matched: each reply scores its best alternative. */
export interface QueryPart {
  alternatives: Alternative[];
}

/** What the ranking knows to map message words onto. */
export interface Vocabulary {
  /** A term of the replies or of a learned pick. */
  knows(term: string): boolean;
  typos: TypoVocabulary;
  families: StemFamilies;
  concepts: ConceptMatcher;
}

/** Alternatives of one word, each term once with its best weight. */
class AlternativeSet {
  private readonly best = new Map<string, number>();

  add(term: string, weight: number): void {
    if (weight > (this.best.get(term) ?? 0)) this.best.set(term, weight);
  }

  list(): Alternative[] {
    return [...this.best].map(([term, weight]) => ({ term, weight }));
  }
}

/**
 * The terms one reading of a word may stand for: itself, its word family, its concepts and,
 * only for a word nothing knows, its typo corrections.
 */
const conceptWeight = (concept: string) =>
  MATCH_WEIGHT.concept * (isThesaurusConcept(concept) ? THESAURUS_FACTOR : 1);

function addReading(out: AlternativeSet, reading: Reading, base: number, vocab: Vocabulary): void {
  const { typos, families, concepts } = vocab;
  const known = vocab.knows(reading.stem);
  if (known) out.add(reading.stem, base * MATCH_WEIGHT.exact);
  for (const relative of families.relatives(reading.stem))
    if (vocab.knows(relative)) out.add(relative, base * MATCH_WEIGHT.family);
  const ownConcepts = concepts.ofReading(reading);
  for (const concept of ownConcepts) out.add(conceptTerm(concept), base * conceptWeight(concept));
  if (known || ownConcepts.length) return;
  // Unknown word: maybe a typo of a known word or of a lexicon word.
  const typo = base * MATCH_WEIGHT.typo;
  for (const near of typos.near(reading.stem)) {
    if (vocab.knows(near)) out.add(near, typo);
    for (const concept of concepts.ofReading({ norm: near, stem: near }))
      out.add(conceptTerm(concept), typo * conceptWeight(concept));
  }
  for (const concept of concepts.ofMisspelledPrefix(reading.norm))
    out.add(conceptTerm(concept), typo * MATCH_WEIGHT.concept);
}

export interface Query {
  parts: QueryPart[];
  /** The alphabet the message is really in: "zakaz ne privezli" is Russian. */
  script: Script;
  /** The message looks like comment spam (see SPAM_MARKERS). */
  spam: boolean;
}

/**
 * A Latin message is Russian in transliteration when more of its words are known through
 * their Cyrillic reading than as written.
 */
function messageScript(text: string, words: readonly TextWord[], vocab: Vocabulary): Script {
  const script = scriptOf(normalize(text));
  if (script !== 'latin') return script;
  let asWritten = 0;
  let asTransliterated = 0;
  for (const word of words) {
    if (word.stop) continue;
    const [written, ...transliterated] = word.readings;
    if (written && vocab.knows(written.stem)) asWritten++;
    else if (transliterated.some((reading) => vocab.knows(reading.stem))) asTransliterated++;
  }
  return asTransliterated > asWritten ? 'cyrillic' : 'latin';
}

/** The message as parts to match; stop words are dropped, phrase concepts become parts. */
export function buildQuery(text: string, vocab: Vocabulary): Query {
  const { words, extraConcepts, phraseWords } = analyzeText(text, vocab.concepts, true);
  const parts: QueryPart[] = [];
  words.forEach((word, position) => {
    if (word.stop) return;
    const alternatives = new AlternativeSet();
    // "работает" in "не работает" is about a malfunction, hardly about opening hours.
    const base = phraseWords.has(position) ? MATCH_WEIGHT.insidePhrase : 1;
    word.readings.forEach((reading, i) =>
      addReading(alternatives, reading, base * (i === 0 ? 1 : MATCH_WEIGHT.transliterated), vocab),
    );
    parts.push({ alternatives: alternatives.list() });
  });
  for (const concept of new Set(extraConcepts))
    parts.push({ alternatives: [{ term: conceptTerm(concept), weight: MATCH_WEIGHT.concept }] });
  const spam =
    extraConcepts.includes(SPAM_CONCEPT) ||
    words.some((word) => word.readings.some((reading) => vocab.concepts.ofReading(reading).includes(SPAM_CONCEPT)));
  return { parts, script: messageScript(text, words, vocab), spam };
}

/** How many of a query's parts the library knows at all (to choose between keyboard layouts). */
export function knownParts(parts: readonly QueryPart[], vocab: Vocabulary): number {
  return parts.filter((part) => part.alternatives.some((alt) => vocab.knows(alt.term))).length;
}
