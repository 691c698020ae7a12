import type { Reply } from '../../schema/pack';
import { fromWrongLayout, scriptOf, StemFamilies, TypoVocabulary, type Script } from '../text';
import { indexTerms } from './analyze';
import { ConceptMatcher } from './concepts';
import { InvertedIndex } from './inverted-index';
import { buildQuery, knownParts, type Query, type Vocabulary } from './query';
import { shortcutKey } from './shortcut';
import type { Pick, SuggestIndex, SuggestOptions, Suggestion } from './types';
import { CONFIDENCE, OTHER_SCRIPT_FACTOR, SPAM_FACTOR } from './weights';

const DEFAULT_K = 3;
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

/** Per-reply running totals of one ranking. */
interface Tally {
  score: Float64Array;
  /** Information of the message words the reply matched (see CONFIDENCE). */
  covered: Float64Array;
  touched: number[];
}

/** Ranks a reply library for customer messages and learns from the replies picked. */
export class ReplyRanker implements SuggestIndex {
  private readonly vocab: Vocabulary;
  private readonly replies: Reply[] = [];
  private readonly scripts: Script[] = [];
  private readonly docByReplyId = new Map<string, number>();
  private readonly docByShortcut = new Map<string, number>();
  // Scratch space reused by every ranking (one best score per reply for the current word).
  private partStamp = new Int32Array(0);
  private partBest = new Float64Array(0);
  private partInfo = new Float64Array(0);
  private stamp = 0;

  constructor(replies: readonly Reply[], picks: readonly Pick[] = []) {
    const concepts = supportConcepts();
    const typos = new TypoVocabulary();
    for (const stem of concepts.lexiconStems()) typos.add(stem);
    this.vocab = { index: new InvertedIndex(), typos, families: new StemFamilies(), concepts };
    for (const reply of replies) this.addReply(reply);
    for (const pick of picks) this.learn(pick);
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
    const doc = this.vocab.index.addDocument(fields);
    this.remember(Object.values(fields).flat());
    this.replies.push(reply);
    this.scripts.push(replyScript(reply));
    this.docByReplyId.set(reply.id, doc);
    if (reply.shortcut && shortcutKey(reply.shortcut)) this.docByShortcut.set(shortcutKey(reply.shortcut), doc);
  }

  /** New index terms become targets of typo correction and word families. */
  private remember(terms: readonly string[]): void {
    for (const term of terms) {
      if (term.startsWith('~')) continue;
      this.vocab.typos.add(term);
      this.vocab.families.add(term);
    }
  }

  learn(pick: Pick): void {
    const doc = this.docByReplyId.get(pick.replyId);
    if (doc === undefined) return; // a reply since deleted: nothing to learn
    const terms = indexTerms(pick.text, this.vocab.concepts, true);
    this.vocab.index.addTerms(doc, 'picks', terms);
    this.remember(terms);
  }

  suggest(message: string, options: SuggestOptions = {}): Suggestion[] {
    const k = Math.max(0, Math.floor(options.k ?? DEFAULT_K));
    if (k === 0 || !this.replies.length) return [];
    const visible = (doc: number) => {
      const platforms = this.replies[doc]!.platforms;
      return !options.platform || !platforms.length || platforms.includes(options.platform);
    };
    const ranked = this.rank(this.readQuery(message)).filter((s) => visible(s.doc));
    const shortcutDoc = this.docByShortcut.get(shortcutKey(message));
    if (shortcutDoc !== undefined && visible(shortcutDoc)) {
      const top = ranked[0]?.score ?? 0;
      ranked.unshift({ doc: shortcutDoc, score: Math.max(1, top) + 1 });
    }
    const out: Suggestion[] = [];
    const seen = new Set<number>();
    for (const { doc, score } of ranked) {
      if (seen.has(doc)) continue;
      seen.add(doc);
      out.push({ replyId: this.replies[doc]!.id, score: Math.round(score * 1000) / 1000 });
      if (out.length === k) break;
    }
    return out;
  }

  /** The message as typed, or re-read in the Russian layout when that makes more sense. */
  private readQuery(message: string): Query {
    const query = buildQuery(message, this.vocab);
    const relaid = fromWrongLayout(message);
    if (relaid === null) return query;
    const alternative = buildQuery(relaid, this.vocab);
    const { index } = this.vocab;
    return knownParts(alternative.parts, index) > knownParts(query.parts, index) ? alternative : query;
  }

  /** Replies that pass the confidence bar, best first. */
  private rank(query: Query): { doc: number; score: number }[] {
    const { index } = this.vocab;
    const tally = this.tally(query);
    const rarestIdf = index.idf('\u0000never-indexed');
    const totalInfo = query.parts.reduce((sum, part) => {
      const known = part.alternatives.filter((alt) => index.has(alt.term));
      const info = Math.max(0, ...known.map((alt) => alt.weight * index.idf(alt.term)));
      return sum + (known.length ? info : CONFIDENCE.unknownWordShare * rarestIdf);
    }, 0);
    const candidates: { doc: number; score: number }[] = [];
    for (const doc of tally.touched) {
      const scriptFactor = this.scripts[doc] === query.script || query.script === 'other' ? 1 : OTHER_SCRIPT_FACTOR;
      const score = tally.score[doc]! * scriptFactor * (query.spam ? SPAM_FACTOR : 1);
      const coverage = tally.covered[doc]! / totalInfo;
      if (score >= CONFIDENCE.minScore && coverage >= CONFIDENCE.minCoverage) candidates.push({ doc, score });
    }
    candidates.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const best = candidates[0]?.score ?? 0;
    return candidates.filter((c) => c.score >= best * CONFIDENCE.minShareOfBest);
  }

  /** Sums, per reply, the best-matching reading of every message word. */
  private tally(query: Query): Tally {
    const { index } = this.vocab;
    const n = this.replies.length;
    if (this.partStamp.length < n) {
      this.partStamp = new Int32Array(n * 2);
      this.partBest = new Float64Array(n * 2);
      this.partInfo = new Float64Array(n * 2);
    }
    const tally: Tally = { score: new Float64Array(n), covered: new Float64Array(n), touched: [] };
    const inTally = new Uint8Array(n);
    for (const part of query.parts) {
      const stamp = ++this.stamp;
      const partDocs: number[] = [];
      for (const { term, weight } of part.alternatives) {
        const info = weight * index.idf(term);
        index.forEachScore(term, (doc, termScore) => {
          const score = termScore * weight;
          if (this.partStamp[doc] !== stamp) {
            this.partStamp[doc] = stamp;
            this.partBest[doc] = score;
            this.partInfo[doc] = info;
            partDocs.push(doc);
            return;
          }
          if (score > this.partBest[doc]!) this.partBest[doc] = score;
          if (info > this.partInfo[doc]!) this.partInfo[doc] = info;
        });
      }
      for (const doc of partDocs) {
        tally.score[doc]! += this.partBest[doc]!;
        tally.covered[doc]! += this.partInfo[doc]!;
        if (!inTally[doc]) {
          inTally[doc] = 1;
          tally.touched.push(doc);
        }
      }
    }
    return tally;
  }
}
