/**
 * How much each way of matching a message word is trusted, relative to the word itself (1.0).
 * A transliterated word is nearly as good (a message re-read in the Russian keyboard layout is
 * simply a new message); a relative of the word (another derivation of the root), a typo
 * correction or a shared concept say less.
 */
export const MATCH_WEIGHT = {
  exact: 1,
  transliterated: 0.9,
  family: 0.75,
  typo: 0.7,
  concept: 0.6,
  /** A word that is part of a matched phrase; the phrase's concept speaks for it. */
  insidePhrase: 0.5,
} as const;

/**
 * A thesaurus concept (lexicon.ts, SYNONYM_GROUPS) counts this much of a hand-written support
 * concept: a general thesaurus links many senses ("order" is also "command"), so a shared group
 * is weaker evidence than a shared support meaning.
 */
export const THESAURUS_FACTOR = 0.5;

/** A reply in another script than the message (English reply, Russian message) is a worse fit. */
export const OTHER_SCRIPT_FACTOR = 0.5;

/**
 * What the learned model (model.ts, trained on reply titles, pack examples and picks) adds to a
 * reply's score, times its probability for the message (0–1): a sure model outweighs a strong
 * title match, an unsure one re-orders close retrieval scores. Tuned with MODEL_PRIOR_SAMPLES on a
 * development split of Banking77's training data (see test/bench/suggest.bench.ts) and on the
 * small-library learning guard (test/unit/suggest-quality.test.ts): a heavier model learned more
 * from ten picks per reply but let two or three picks per reply pull messages by incidental words.
 */
export const MODEL_WEIGHT = 16;

/**
 * Samples beyond the first (and the title and body) at which the model's opinion of a reply is
 * trusted half (see modelTrust): a reply taught by two picks is trusted a ninth, by ten a half.
 */
export const MODEL_PRIOR_SAMPLES = 8;

/** A reply the model gives at least this probability passes the confidence bar by itself. */
export const MODEL_MIN_PROBABILITY = 0.5;

/** Comment spam ("продам", "buy followers") rarely needs a reply from the library. */
export const SPAM_FACTOR = 0.3;

/**
 * The confidence bar; below it the list is empty ("nothing fits"). A reply needs a score of at
 * least `minScore` — about one rare word in a title, or two concept matches; on the labelled sets
 * off-topic messages score below it once spam is damped — and must match at least `minCoverage`
 * of the message's information (IDF-weighted), which stops a long message on another subject from
 * surfacing a reply through one minor word. Words the library has never seen count
 * `unknownWordShare` of the rarest term's IDF in that information.
 */
export const CONFIDENCE = {
  minScore: 1.6,
  minCoverage: 0.1,
  unknownWordShare: 0.5,
  /** Suggestions far below the best one are noise. */
  minShareOfBest: 0.25,
} as const;

/**
 * "Nothing fits" once picks were judged (see abstain.ts): abstain when the best score is below
 * what all but `targetFalseAbstain` of the judged picks scored, the bar known from `minJudged`
 * judged picks on (fewer made the bar noise on small libraries), over the last `remembered` of
 * them. 2%: a bar at 5% cost more correct first suggestions than the out-of-scope ones it stopped.
 */
export const ABSTAIN = {
  targetFalseAbstain: 0.02,
  minJudged: 100,
  remembered: 1000,
} as const;
