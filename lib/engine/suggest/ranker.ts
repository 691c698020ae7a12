import type { Reply } from '../../schema/pack';
import { fromWrongLayout, scriptOf, StemFamilies, TypoVocabulary, type Script } from '../text';
import { indexTerms, isConceptTerm, wordTerms } from './analyze';
import { AbstainCalibration } from './abstain';
import { ConceptMatcher } from './concepts';
import { InvertedIndex } from './inverted-index';
import { IntentModel, MODEL_PARAMS } from './model';
import { textFeatures } from './model-features';
import { PickMemory } from './pick-memory';
import { buildQuery, knownParts, type Query, type Vocabulary } from './query';
import { shortcutKey } from './shortcut';
import type { Pick, SuggestIndex, SuggestOptions, Suggestion } from './types';
import {
  ABSTAIN, CONFIDENCE, MODEL_MIN_PROBABILITY, MODEL_PRIOR_SAMPLES, MODEL_WEIGHT, OTHER_SCRIPT_FACTOR,
  PICK_MIN_SIMILARITY, PICK_PLAUSIBLE_SHARE, PICK_WEIGHT, SPAM_FACTOR,
} from './weights';

const DEFAULT_K = 3;
/** Samples every reply gives the model from its own text (title and body). */
const OWN_SAMPLES = 2;
/** The start of a body is enough to spread its common words; all of it costs build time. */
const BODY_SAMPLE_CHARS = 200;
/** Candidate weights of the model in the blend (MODEL_WEIGHT among them); picks choose (see judge). */
const BLEND_WEIGHTS = [0, 4, 10, MODEL_WEIGHT, 48] as const;
/**
 * The model joins the ranking only when its best weight has ranked more judged picks first than
 * weight 0 by at least this many picks and this share of them. With a few picks per reply the
 * model learns incidental words and pulls messages to the replies with the most picks: a small
 * library keeps ranking as it did cold until its picks show the model helps.
 */
const MODEL_MIN_LEAD = 4;
const MODEL_LEAD_SHARE = 0.08;
/** At most this many of the picks given at creation are judged one by one; the rest are fitted. */
const JUDGED_AT_BUILD = 300;
/** Share of the judged picks by which another weight must beat the default. */
const BLEND_MARGIN = 0.03;
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

/** Placeholders ({name}) are slots, not words of the reply. */
const withoutPlaceholders = (body: string) => body.replace(/\{[^{}\s]{1,60}\}/g, ' ');

/**
 * How much a remembered pick vouches for its reply, from the message's similarity to it (0–1).
 * Below PICK_MIN_SIMILARITY the overlap is one incidental word and says nothing.
 */
function pickEvidence(similarity: number): number {
  return similarity <= PICK_MIN_SIMILARITY ? 0 : (similarity - PICK_MIN_SIMILARITY) / (1 - PICK_MIN_SIMILARITY);
}

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
  /** The vocabulary the pick memory compares messages in: the library's words and the picks'. */
  private readonly pickVocab: Vocabulary;
  private readonly index = new InvertedIndex();
  /** Learned from pack examples and picks alike (see model.ts). */
  private readonly model = new IntentModel();
  /** Picks one by one, for a near-repeat of an answered message while the model is out (see rank). */
  private readonly pickMemory = new PickMemory();
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

  constructor(replies: readonly Reply[], picks: readonly Pick[] = []) {
    const concepts = supportConcepts();
    const typos = new TypoVocabulary();
    for (const stem of concepts.lexiconStems()) typos.add(stem);
    const { index } = this;
    // Retrieval reads a message with the words of the library (picks included once indexed): a
    // word known only from a remembered pick must not stop typo correction or change coverage.
    this.vocab = { knows: (term) => index.has(term), typos, families: new StemFamilies(), concepts };
    this.pickVocab = { ...this.vocab, knows: (term) => index.has(term) || this.pickMemory.has(term) };
    for (const reply of replies) this.addReply(reply);
    // With picks, the model that ranked the library cold (titles, bodies, pack examples) is kept
    // apart: it ranks, with the pick memory, until the picks show the learned model helps.
    if (picks.length && this.model.size > this.replies.length * OWN_SAMPLES) this.packSamples = this.model.storedSamples();
    // The last picks are judged one by one before they are learned (see judge); the rest are fitted.
    const judgedFrom = picks.length - Math.min(JUDGED_AT_BUILD, picks.length);
    for (const pick of picks.slice(0, judgedFrom)) this.rememberPick(pick);
    this.building = false;
    const judged = picks.slice(judgedFrom);
    // Titles and bodies alone teach nothing retrieval does not already know: train once there is
    // more. The model that judges needs less training than the one that ranks: a quarter of it.
    const trained = this.model.size > this.replies.length * OWN_SAMPLES;
    if (trained) this.model.fit(undefined, judged.length ? MODEL_PARAMS.stepBudget / 4 : undefined);
    for (const pick of judged) this.learn(pick);
    // The judged picks were learned a step at a time: train again on everything, so that picks
    // count exactly like pack examples.
    if (judged.length) this.model.refit();
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
    const doc = this.docByReplyId.get(pick.replyId);
    if (doc === undefined) return; // a reply since deleted: nothing to learn
    this.judge(pick.text, doc);
    if (!this.picksIndexed && this.modelWeight() > 0) this.indexPendingPicks();
    this.rememberPick(pick);
  }

  /**
   * Before a pick is learned, it tests the blend: for each candidate weight of the model, would the
   * ranking have put the picked reply first? The weight right most often ranks from then on (see
   * modelWeight), so a library whose replies retrieval already finds leans on retrieval, and one
   * whose customers word things their own way leans on the model.
   */
  private judge(message: string, doc: number): void {
    const query = this.readQuery(message);
    const tally = this.tally(query);
    const learned = this.modelProbabilities(message, tally);
    const best = BLEND_WEIGHTS.map(() => ({ doc: -1, score: 0 }));
    for (const candidate of tally.touched) {
      const sameScript = this.scripts[candidate] === query.script || query.script === 'other';
      const probability = learned[candidate]! * this.modelTrust(candidate);
      BLEND_WEIGHTS.forEach((weight, i) => {
        const score = (tally.score[candidate]! + weight * probability) * (sameScript ? 1 : OTHER_SCRIPT_FACTOR);
        if (score > best[i]!.score) best[i] = { doc: candidate, score };
      });
    }
    this.clear(tally);
    this.clearModelProbabilities();
    best.forEach((b, i) => {
      if (b.doc === doc) this.blendWins[i]!++;
      this.calibration[i]!.add(b.score);
    });
    this.judged++;
  }

  /**
   * The model's weight in the blend: the default with no picks (pack examples alone train it
   * well); with picks, 0 until the judged picks show a weight clearly better than 0 (see
   * MODEL_MIN_LEAD), then the default unless another weight is clearly better than it.
   */
  private modelWeight(): number {
    if (this.judged === 0) return MODEL_WEIGHT;
    const wins = this.blendWins;
    let best = 0;
    wins.forEach((w, i) => {
      if (w > wins[best]!) best = i;
    });
    if (wins[best]! - wins[0]! < Math.max(MODEL_MIN_LEAD, MODEL_LEAD_SHARE * this.judged)) return 0;
    const byDefault = BLEND_WEIGHTS.indexOf(MODEL_WEIGHT);
    const margin = Math.max(2, BLEND_MARGIN * this.judged);
    return wins[best]! - wins[byDefault]! >= margin ? BLEND_WEIGHTS[best]! : MODEL_WEIGHT;
  }

  /**
   * A pick teaches the model (at once, or in the batch fit while building); it joins the index when
   * the model joins the ranking, and until then the pick memory (see rank).
   */
  private rememberPick(pick: Pick): void {
    const doc = this.docByReplyId.get(pick.replyId);
    if (doc === undefined) return;
    const features = textFeatures(pick.text, this.vocab.concepts);
    if (this.building) this.model.add(features, doc);
    else this.model.learn(features, doc);
    if (!this.picksIndexed) {
      const words = wordTerms(pick.text, this.vocab.concepts, true);
      if (words.length) this.pickMemory.add(doc, words);
    }
    const terms = indexTerms(pick.text, this.vocab.concepts, true);
    if (this.picksIndexed) this.indexPick(doc, terms);
    else this.pendingPicks.push({ doc, terms });
  }

  /**
   * Picks join retrieval (their own field, new words for typo correction) only together with the
   * model: on a small library their incidental words mislead retrieval as they mislead the model.
   */
  private picksIndexed = false;
  private readonly pendingPicks: { doc: number; terms: string[] }[] = [];

  private indexPendingPicks(): void {
    this.picksIndexed = true;
    for (const { doc, terms } of this.pendingPicks) this.indexPick(doc, terms);
    this.pendingPicks.length = 0;
  }

  /**
   * A pick is an example the user gave; its field is diluted more by length than the pack's
   * examples because customers' messages are long and say more than their question.
   */
  private indexPick(doc: number, terms: readonly string[]): void {
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
  private rank(query: Query, message: string, visible: (doc: number) => boolean, limit: number): Ranked[] {
    // Constants read once: module bindings can be getters in dev builds and this loop is hot.
    const { minScore, minCoverage, minShareOfBest } = CONFIDENCE;
    const otherScript = OTHER_SCRIPT_FACTOR;
    const learnedWeight = this.modelWeight();
    // While the learned model is out, the cold model (if the pack trained one) ranks as it did cold.
    const packModel = learnedWeight > 0 ? undefined : this.fittedPackModel();
    const model = packModel ?? this.model;
    const modelWeight = packModel ? MODEL_WEIGHT : learnedWeight;
    // Once the picks brought the model in, their scores set the bar (see abstain.ts); cold and
    // until then, the retrieval confidence bar below.
    const calibratedBar = learnedWeight > 0 && this.judged > 0
      ? this.calibration[BLEND_WEIGHTS.indexOf(learnedWeight as (typeof BLEND_WEIGHTS)[number])]?.threshold()
      : undefined;
    const barred = calibratedBar === undefined;
    const minProbability = MODEL_MIN_PROBABILITY;
    const tally = this.tally(query);
    const info = this.queryInfo(query);
    // While the model is out of the blend its probabilities change nothing: don't compute them.
    this.ensureModelScratch();
    const learned = modelWeight > 0 ? this.modelProbabilities(message, tally, model) : this.modelProbability;
    const queryFactor = query.spam ? SPAM_FACTOR : 1;
    // Until the model joins (see modelWeight), remembered picks re-order plausible candidates.
    const fromPicks = !this.picksIndexed && this.pickMemory.size ? this.pickSimilarities(message) : undefined;
    let plausible = 0;
    if (fromPicks) {
      for (const doc of fromPicks.keys()) touch(tally, doc);
      for (const doc of tally.touched) if (tally.score[doc]! > plausible) plausible = tally.score[doc]!;
      plausible *= PICK_PLAUSIBLE_SHARE;
    }
    // Only the best few are needed: keep them sorted in a short array instead of sorting all.
    const top: Ranked[] = [];
    const keep = limit + 1; // one spare for a typed shortcut that may take a place
    for (const doc of tally.touched) {
      const sameScript = this.scripts[doc] === query.script || query.script === 'other';
      const probability = learned[doc]! * this.modelTrust(doc, model);
      const confident = modelWeight > 0 && probability >= minProbability;
      const similarity = fromPicks && tally.score[doc]! >= plausible ? pickEvidence(fromPicks.get(doc) ?? 0) : 0;
      const retrieval = tally.score[doc]! + PICK_WEIGHT * similarity ** 2;
      const score = (retrieval + modelWeight * probability) * queryFactor * (sameScript ? 1 : otherScript);
      const candidate: Ranked = { doc, score, tier: sameScript ? 1 : 0 };
      // The bar is on the retrieval match: an unsure model re-orders replies, it does not lift one
      // the message barely touches over the bar (that made off-topic messages get suggestions).
      if ((barred && retrieval * queryFactor < minScore && !confident) || (top.length === keep && !above(candidate, top[keep - 1]!))) continue;
      const coverage = Math.max(info > 0 ? tally.covered[doc]! / info : 0, similarity);
      if ((barred && coverage < minCoverage && !confident) || !visible(doc)) continue;
      let at = top.length;
      while (at > 0 && above(candidate, top[at - 1]!)) at--;
      top.splice(at, 0, candidate);
      if (top.length > keep) top.pop();
    }
    this.clear(tally);
    this.clearModelProbabilities();
    if (!barred && (top[0]?.score ?? 0) < calibratedBar) return [];
    const bestOfTier = [0, 0];
    for (const c of top) bestOfTier[c.tier] = Math.max(bestOfTier[c.tier]!, c.score);
    const kept = top.filter((c) => c.score >= bestOfTier[c.tier]! * minShareOfBest);
    // Scores still descend down the list: a reply in another language shows at most the score above it.
    for (let i = 1; i < kept.length; i++) if (kept[i]!.score > kept[i - 1]!.score) kept[i] = { ...kept[i]!, score: kept[i - 1]!.score };
    return kept;
  }

  /** Per reply, the similarity of the message to its closest remembered pick (see PickMemory). */
  private pickSimilarities(message: string): Map<number, number> {
    const query = this.readQuery(message, this.pickVocab);
    const info = this.queryInfo(query, this.pickVocab);
    return this.pickMemory.similarities(query.parts, info, (term) => this.index.idf(term));
  }

  /** The reply samples of a library built with picks (see constructor); fitted on first need. */
  private packSamples: ReturnType<IntentModel['storedSamples']> | undefined;
  private packModel: IntentModel | undefined;

  private fittedPackModel(): IntentModel | undefined {
    if (this.packModel || !this.packSamples) return this.packModel;
    const model = new IntentModel();
    for (const { x, y } of this.packSamples) model.add(x, y);
    model.fit();
    this.packModel = model;
    return model;
  }

  private readonly modelTouched: number[] = [];
  /** Per candidate model weight: judged picks it would have ranked first (see judge). */
  private readonly blendWins = new Float64Array(BLEND_WEIGHTS.length);
  /** Per candidate model weight: the "nothing fits" bar its judged picks calibrate (see abstain.ts). */
  private readonly calibration = BLEND_WEIGHTS.map(() => new AbstainCalibration(ABSTAIN.targetFalseAbstain, ABSTAIN.minJudged, ABSTAIN.remembered));
  private judged = 0;

  /**
   * How far the model's probability for a reply is trusted: a reply taught by one pick or example
   * (besides its own title and body) gets a third, one taught by ten five sixths. One sample
   * cannot tell the words that make its topic from the incidental ones.
   */
  private modelTrust(doc: number, model: IntentModel = this.model): number {
    const taught = model.samplesOf(doc) - OWN_SAMPLES;
    return taught > 0 ? taught / (taught + MODEL_PRIOR_SAMPLES) : 0;
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
