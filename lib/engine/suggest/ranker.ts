import type { Reply } from '../../schema/pack';
import { fromWrongLayout, scriptOf, StemFamilies, TypoVocabulary, type Script } from '../text';
import { indexTerms, isConceptTerm } from './analyze';
import { AbstainCalibration } from './abstain';
import { ConceptMatcher } from './concepts';
import { InvertedIndex } from './inverted-index';
import { IntentModel, MODEL_PARAMS } from './model';
import { textFeatures } from './model-features';
import { Fingerprint, type LearnedModel } from './model-snapshot';
import { buildQuery, knownParts, type Query, type Vocabulary } from './query';
import { shortcutKey } from './shortcut';
import type { Pick, SuggestIndex, SuggestOptions, Suggestion } from './types';
import {
  ABSTAIN, CONFIDENCE, MODEL_MIN_PROBABILITY, MODEL_PRIOR_SAMPLES, MODEL_WEIGHT, OTHER_SCRIPT_FACTOR, SPAM_FACTOR,
} from './weights';

const DEFAULT_K = 3;
/** Samples every reply gives the model from its own text (title and body). */
const OWN_SAMPLES = 2;
/** The start of a body is enough to spread its common words; all of it costs build time. */
const BODY_SAMPLE_CHARS = 200;
/** At most this many of the picks given at creation are judged (see judge); the rest are only learned. */
const JUDGED_AT_BUILD = 300;
/** Version of the model's features and weights in a stored LearnedModel; raise it when they change. */
export const LEARNED_MODEL_VERSION = 1;
const CYRILLIC_LANGUAGES = /^(ru|uk|be|bg|kk|ky|mk|mn|sr|tg|tt)\b/i;

let sharedConcepts: ConceptMatcher | undefined;
/** The lexicon is the same for every index; compile it once. */
function supportConcepts(): ConceptMatcher {
  return (sharedConcepts ??= new ConceptMatcher());
}

function replyScript(reply: Reply): Script {
  if (reply.lang) return CYRILLIC_LANGUAGES.test(reply.lang) ? 'cyrillic' : 'latin';
  return scriptOf(`${reply.title} ${reply.body}`.toLowerCase());
}

/** What of a reply or a pick the model learns from (see Fingerprint). */
const replyPart = (r: Reply) => [r.id, r.title, r.body, r.lang ?? '', ...r.examples].join('\u0001');
const pickPart = (p: Pick) => `${p.replyId}\u0002${p.text}`;

/** Placeholders ({name}) are slots, not words of the reply. */
const withoutPlaceholders = (body: string) => body.replace(/\{[^{}\s]{1,60}\}/g, ' ');

interface Ranked {
  doc: number;
  score: number;
  /** 1 when the reply is in the message's language: those rank above the others (see rank). */
  tier: number;
}

/** Whether `a` ranks above `b`: language tier first, then score, then library order. */
const above = (a: Ranked, b: Ranked) =>
  a.tier !== b.tier ? a.tier > b.tier : a.score !== b.score ? a.score > b.score : a.doc < b.doc;

/** Per-reply running totals of one ranking. */
interface Tally {
  score: Float64Array;
  /** Information of the message words the reply matched (see CONFIDENCE). */
  covered: Float64Array;
  /** Replies with any evidence, each once (`listed` marks them). */
  touched: number[];
  listed: Uint8Array;
}

function touch(tally: Tally, doc: number): void {
  if (tally.listed[doc]) return;
  tally.listed[doc] = 1;
  tally.touched.push(doc);
}

/** Ranks a reply library for customer messages and learns from the replies picked. */
export class ReplyRanker implements SuggestIndex {
  private readonly vocab: Vocabulary;
  private readonly index = new InvertedIndex();
  /** Learned from pack examples and picks alike (see model.ts). */
  private readonly model = new IntentModel();
  /** True while the constructor runs: samples are stored and fitted together at the end. */
  private building = true;
  private modelProbability = new Float64Array(0);
  private readonly replies: Reply[] = [];
  private readonly scripts: Script[] = [];
  private readonly docByReplyId = new Map<string, number>();
  private readonly docByShortcut = new Map<string, number>();
  // Scratch space reused by every ranking: the best score of each reply for the current word.
  private partStamp = new Int32Array(0);
  private partBest = new Float64Array(0);
  private partInfo = new Float64Array(0);
  private stamp = 0;
  private scratch: Tally | undefined;

  constructor(replies: readonly Reply[], picks: readonly Pick[] = [], stored?: LearnedModel) {
    const concepts = supportConcepts();
    const typos = new TypoVocabulary();
    for (const stem of concepts.lexiconStems()) typos.add(stem);
    const { index } = this;
    this.vocab = { knows: (term) => index.has(term), typos, families: new StemFamilies(), concepts };
    for (const reply of replies) this.addReply(reply);
    for (const pick of picks) this.fingerprint.add(pickPart(pick));
    // A model stored for this very library and these picks is taken as it is: no training.
    const reuse = stored?.version === LEARNED_MODEL_VERSION && stored.fingerprint === this.fingerprint.value ? stored : undefined;
    // A pick is the user's example for its reply: a model sample exactly like a pack example (the
    // fit is in class order, so the model is the same) and index terms in its own field (see learn).
    const judgedFrom = reuse ? picks.length : picks.length - Math.min(JUDGED_AT_BUILD, picks.length);
    for (const pick of picks.slice(0, judgedFrom)) this.rememberPick(pick);
    const judged = picks.slice(judgedFrom);
    // The last picks are judged before they are learned (see judge), by a model trained on the
    // others with a quarter of the budget; then the model forgets and trains on everything.
    if (judged.length >= ABSTAIN.minJudged) {
      if (this.trainable()) this.model.fit(undefined, MODEL_PARAMS.stepBudget / 4);
      for (const pick of judged) this.judge(pick);
      this.model.forget();
    }
    for (const pick of judged) this.rememberPick(pick);
    this.building = false;
    if (reuse) {
      this.model.restore(reuse.weights);
      for (const score of reuse.judged) this.calibration.add(score);
    } else if (this.trainable()) this.model.fit();
  }

  /** What the library's replies and every pick so far trained (see model-snapshot.ts). */
  private readonly fingerprint = new Fingerprint();

  /** The trained model with what it was trained on, for storage; undefined while untrained. */
  learned(): LearnedModel | undefined {
    if (!this.trainable()) return undefined;
    return {
      version: LEARNED_MODEL_VERSION,
      fingerprint: this.fingerprint.value,
      weights: this.model.weights(),
      judged: this.calibration.scoresInOrder(),
    };
  }

  /** Titles and bodies alone teach nothing retrieval does not already know: train once there is more. */
  private trainable(): boolean {
    return this.model.size > this.replies.length * OWN_SAMPLES;
  }

  get size(): number {
    return this.replies.length;
  }

  private addReply(reply: Reply): void {
    const { concepts } = this.vocab;
    const terms = (texts: readonly string[], transliterate = false) =>
      texts.flatMap((text) => indexTerms(text, concepts, transliterate));
    const fields = {
      title: terms([reply.title]),
      examples: terms(reply.examples, true),
      tags: terms(reply.tags.map((tag) => tag.replace(/[-_]+/g, ' '))),
      shortcut: terms(reply.shortcut ? [reply.shortcut] : [], true),
      body: terms([withoutPlaceholders(reply.body)]),
    };
    const doc = this.index.addDocument(fields);
    this.fingerprint.add(replyPart(reply));
    this.remember(Object.values(fields).flat());
    this.replies.push(reply);
    this.scripts.push(replyScript(reply));
    this.docByReplyId.set(reply.id, doc);
    // The title and body are samples of their reply like the examples: the words a body shares
    // with other replies' samples ("заказ", "order") then tell the model little.
    for (const sample of [reply.title, withoutPlaceholders(reply.body).slice(0, BODY_SAMPLE_CHARS), ...reply.examples])
      this.model.add(textFeatures(sample, concepts), doc);
    const key = reply.shortcut ? shortcutKey(reply.shortcut) : '';
    if (key && !this.docByShortcut.has(key)) this.docByShortcut.set(key, doc);
  }

  /** New terms become targets of typo correction and word families. */
  private remember(terms: readonly string[]): void {
    for (const term of terms) {
      if (isConceptTerm(term)) continue;
      this.vocab.typos.add(term);
      this.vocab.families.add(term);
    }
  }

  learn(pick: Pick): void {
    this.judge(pick);
    this.rememberPick(pick);
    this.fingerprint.add(pickPart(pick));
  }

  /**
   * Before a pick is learned, the score the ranking gives its message's best reply is a fair
   * sample of what in-scope messages score (prequential): the "nothing fits" bar is set from them.
   */
  private judge(pick: Pick): void {
    if (!this.docByReplyId.has(pick.replyId)) return; // a reply since deleted
    const [best] = this.rank(this.readQuery(pick.text), pick.text, () => true, 1, false);
    this.calibration.add(best?.score ?? 0);
  }

  /** The "nothing fits" bar set by the judged picks (see abstain.ts). */
  private readonly calibration = new AbstainCalibration(ABSTAIN.targetFalseAbstain, ABSTAIN.minJudged, ABSTAIN.remembered);

  /**
   * A pick joins its reply as one more example: it teaches the model (at once, or in the build's
   * fit) and its terms join the picks field (no rebuild). That field weighs less than the pack's
   * examples: on the development brands, customers' messages sharing a few words with another
   * reply's picks pulled messages to it, while Banking77 picks still beat the same texts as examples.
   */
  private rememberPick(pick: Pick): void {
    const doc = this.docByReplyId.get(pick.replyId);
    if (doc === undefined) return; // a reply since deleted: nothing to learn
    const features = textFeatures(pick.text, this.vocab.concepts);
    if (this.building) this.model.add(features, doc);
    else this.model.learn(features, doc);
    const terms = indexTerms(pick.text, this.vocab.concepts, true);
    this.index.addTerms(doc, 'picks', terms);
    this.remember(terms);
  }

  suggest(message: string, options: SuggestOptions = {}): Suggestion[] {
    const k = Math.max(0, Math.floor(options.k ?? DEFAULT_K));
    if (k === 0 || !this.replies.length) return [];
    const { platform } = options;
    const visible = (doc: number) => {
      const platforms = this.replies[doc]!.platforms;
      return !platform || !platforms.length || platforms.includes(platform);
    };
    const shortcutDoc = this.docByShortcut.get(shortcutKey(message));
    const typedShortcut = shortcutDoc !== undefined && visible(shortcutDoc) ? shortcutDoc : undefined;
    let ranked = this.rank(this.readQuery(message), message, visible, k);
    if (typedShortcut !== undefined) {
      // A typed shortcut is a command, not a question: its reply goes first whatever the scores.
      const top = ranked[0]?.score ?? 0;
      ranked = [{ doc: typedShortcut, score: Math.max(1, top) + 1, tier: 1 }, ...ranked.filter((r) => r.doc !== typedShortcut)];
    }
    return ranked.slice(0, k).map(({ doc, score }) => ({
      replyId: this.replies[doc]!.id,
      score: Math.round(score * 1000) / 1000,
    }));
  }

  /** The message as typed, or re-read in the Russian layout when that makes more sense. */
  private readQuery(message: string, vocab: Vocabulary = this.vocab): Query {
    const query = buildQuery(message, vocab);
    const relaid = fromWrongLayout(message);
    if (relaid === null) return query;
    const alternative = buildQuery(relaid, vocab);
    return knownParts(alternative.parts, vocab) > knownParts(query.parts, vocab) ? alternative : query;
  }

  /**
   * The information a message carries: per word, its best-known reading's weighted IDF; a word
   * the library has never seen counts a share of the rarest term's IDF.
   */
  private queryInfo(query: Query, vocab: Vocabulary = this.vocab): number {
    const rarestIdf = this.index.idf('\u0000never-indexed');
    return query.parts.reduce((sum, part) => {
      const known = part.alternatives.filter((alt) => vocab.knows(alt.term));
      if (!known.length) return sum + CONFIDENCE.unknownWordShare * rarestIdf;
      return sum + Math.max(...known.map((alt) => alt.weight * this.index.idf(alt.term)));
    }, 0);
  }

  /**
   * The best `limit` visible replies that pass the confidence bar, best first. The score adds the
   * retrieval match (BM25F over reply fields, picks included) and the learned model's probability;
   * replies in the message's language come before replies in another one, which fill the list only
   * below them (or alone, when nothing in the message's language fits).
   */
  private rank(query: Query, message: string, visible: (doc: number) => boolean, limit: number, barred = true): Ranked[] {
    // Constants read once: module bindings can be getters in dev builds and this loop is hot.
    const { minScore, minCoverage, minShareOfBest } = CONFIDENCE;
    const otherScript = OTHER_SCRIPT_FACTOR;
    // Once picks set a calibrated bar, it replaces the retrieval confidence bar below.
    const calibratedBar = barred ? this.calibration.threshold() : undefined;
    const retrievalBar = barred && calibratedBar === undefined;
    const minProbability = MODEL_MIN_PROBABILITY;
    const tally = this.tally(query);
    const info = this.queryInfo(query);
    const learned = this.modelProbabilities(message, tally);
    const queryFactor = query.spam ? SPAM_FACTOR : 1;
    // Only the best few are needed: keep them sorted in a short array instead of sorting all.
    const top: Ranked[] = [];
    const keep = limit + 1; // one spare for a typed shortcut that may take a place
    for (const doc of tally.touched) {
      const sameScript = this.scripts[doc] === query.script || query.script === 'other';
      const probability = learned[doc]! * this.modelTrust(doc);
      const confident = probability >= minProbability;
      const retrieval = tally.score[doc]!;
      const score = (retrieval + MODEL_WEIGHT * probability) * queryFactor * (sameScript ? 1 : otherScript);
      const candidate: Ranked = { doc, score, tier: sameScript ? 1 : 0 };
      // The bar is on the retrieval match: an unsure model re-orders replies, it does not lift one
      // the message barely touches over the bar (that made off-topic messages get suggestions).
      if ((retrievalBar && retrieval * queryFactor < minScore && !confident) || (top.length === keep && !above(candidate, top[keep - 1]!))) continue;
      const coverage = info > 0 ? tally.covered[doc]! / info : 0;
      if ((retrievalBar && coverage < minCoverage && !confident) || !visible(doc)) continue;
      let at = top.length;
      while (at > 0 && above(candidate, top[at - 1]!)) at--;
      top.splice(at, 0, candidate);
      if (top.length > keep) top.pop();
    }
    this.clear(tally);
    this.clearModelProbabilities();
    if (calibratedBar !== undefined && (top[0]?.score ?? 0) < calibratedBar) return [];
    const bestOfTier = [0, 0];
    for (const c of top) bestOfTier[c.tier] = Math.max(bestOfTier[c.tier]!, c.score);
    const kept = top.filter((c) => c.score >= bestOfTier[c.tier]! * minShareOfBest);
    // Scores still descend down the list: a reply in another language shows at most the score above it.
    for (let i = 1; i < kept.length; i++) if (kept[i]!.score > kept[i - 1]!.score) kept[i] = { ...kept[i]!, score: kept[i - 1]!.score };
    return kept;
  }

  private readonly modelTouched: number[] = [];

  /**
   * How far the model's probability for a reply is trusted, from the samples that taught it
   * besides its own title and body: one sample cannot tell the words that make its topic from the
   * incidental ones (on the development set a single pick pulled messages sharing one word with it),
   * so trust starts at the second — a ninth — and is half at MODEL_PRIOR_SAMPLES + 1.
   */
  private modelTrust(doc: number, model: IntentModel = this.model): number {
    const beyondFirst = model.samplesOf(doc) - OWN_SAMPLES - 1;
    return beyondFirst > 0 ? beyondFirst / (beyondFirst + MODEL_PRIOR_SAMPLES) : 0;
  }

  /** The dense probability scratch covers every reply (all zero outside a ranking). */
  private ensureModelScratch(): void {
    if (this.modelProbability.length < this.replies.length) this.modelProbability = new Float64Array(this.replies.length);
  }

  /** Zeroes what modelProbabilities wrote, so the scratch is all zero for the next ranking. */
  private clearModelProbabilities(): void {
    for (const doc of this.modelTouched) this.modelProbability[doc] = 0;
    this.modelTouched.length = 0;
  }

  /**
   * The model's probability of each reply for the message (dense by reply, zero where it has no
   * opinion); replies it speaks for join the candidates.
   */
  private modelProbabilities(message: string, tally: Tally, model: IntentModel = this.model): Float64Array {
    const n = this.replies.length;
    this.ensureModelScratch();
    const out = this.modelProbability;
    if (!model.size) return out;
    model.probabilities(textFeatures(message, this.vocab.concepts), n, (doc, probability) => {
      out[doc] = probability;
      this.modelTouched.push(doc);
      touch(tally, doc);
    });
    return out;
  }

  /** Sums, per reply, the best-matching reading of every message word. */
  private tally(query: Query): Tally {
    this.ensureScratch();
    const tally = this.scratch!;
    const { partStamp, partBest, partInfo } = this;
    for (const part of query.parts) {
      const stamp = ++this.stamp;
      const partDocs: number[] = [];
      for (const { term, weight } of part.alternatives) {
        const info = weight * this.index.idf(term);
        this.index.forEachScore(term, (doc, termScore) => {
          const score = termScore * weight;
          if (partStamp[doc] !== stamp) {
            partStamp[doc] = stamp;
            partBest[doc] = score;
            partInfo[doc] = info;
            partDocs.push(doc);
            return;
          }
          if (score > partBest[doc]!) partBest[doc] = score;
          if (info > partInfo[doc]!) partInfo[doc] = info;
        });
      }
      for (const doc of partDocs) {
        touch(tally, doc);
        tally.score[doc]! += partBest[doc]!;
        tally.covered[doc]! += partInfo[doc]!;
      }
    }
    return tally;
  }

  /** Scratch arrays sized to the library, reused by every ranking (allocating them per query costs). */
  private ensureScratch(): void {
    const n = this.replies.length;
    if (this.partStamp.length >= n && this.scratch) return;
    this.partStamp = new Int32Array(n);
    this.partBest = new Float64Array(n);
    this.partInfo = new Float64Array(n);
    this.scratch = { score: new Float64Array(n), covered: new Float64Array(n), touched: [], listed: new Uint8Array(n) };
  }

  private clear(tally: Tally): void {
    for (const doc of tally.touched) {
      tally.score[doc] = 0;
      tally.covered[doc] = 0;
      tally.listed[doc] = 0;
    }
    tally.touched.length = 0;
  }
}
