/**
 * Accuracy protocols of the suggestion bench on data read at run time (see suggest-public.ts):
 * Banking77 (cold, 10-shot and full, as pack examples and as picks) against a stemmed MiniSearch
 * and a 10-nearest-neighbour vote over the same texts, and the development brands (cold, after
 * learning half of the messages, abstaining on "nothing fits").
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import MiniSearch from 'minisearch';
import type { Pick, SuggestIndex } from '../../../lib/engine/suggest';
import type { Reply } from '../../../lib/schema/pack';
import {
  devSplit, firstK, HELD_OUT_BRAND, intentReplies, withExamples,
  type Banking77, type Brand, type Labelled, type Utterance,
} from './suggest-public';

/** An engine under test: the working tree's, or main's when the bench is given its copy. */
export interface Engine {
  name: string;
  create(replies: Reply[], picks?: Pick[]): SuggestIndex;
}

interface Ranker {
  suggest(text: string): string[];
}

const K = 3;
const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '—');

const engineRanker = (index: SuggestIndex): Ranker => ({ suggest: (text) => index.suggest(text, { k: K }).map((s) => s.replyId) });

/** MiniSearch with English Snowball stemming over title, body and examples (pick texts join examples). */
function miniSearch(replies: readonly Reply[], extra: readonly Utterance[] = []): Ranker {
  const texts = new Map<string, string[]>();
  for (const u of extra) texts.set(u.category, [...(texts.get(u.category) ?? []), u.text]);
  const engine = new MiniSearch({
    fields: ['title', 'body', 'examples'],
    processTerm: (term) => englishStemmer(term.toLowerCase()),
  });
  engine.addAll(replies.map((r) => ({ id: r.id, title: r.title, body: r.body, examples: [...r.examples, ...(texts.get(r.id) ?? [])].join('\n') })));
  return { suggest: (text) => engine.search(text).slice(0, K).map((r) => String(r.id)) };
}

/** The 10 most similar labelled texts (stemmed BM25 via MiniSearch) vote with their scores. */
function knnVote(labelled: readonly Utterance[], neighbours = 10): Ranker {
  const engine = new MiniSearch({ fields: ['text'], storeFields: ['category'], processTerm: (term) => englishStemmer(term.toLowerCase()) });
  engine.addAll(labelled.map((u, id) => ({ id, text: u.text, category: u.category })));
  return {
    suggest(text) {
      const votes = new Map<string, number>();
      for (const hit of engine.search(text).slice(0, neighbours)) {
        const category = String(hit['category']);
        votes.set(category, (votes.get(category) ?? 0) + hit.score);
      }
      return [...votes].sort((a, b) => b[1] - a[1]).slice(0, K).map(([category]) => category);
    },
  };
}

interface Accuracy {
  top1: number;
  top3: number;
  count: number;
}

function score(ranker: Ranker, queries: readonly Utterance[]): Accuracy {
  let top1 = 0;
  let top3 = 0;
  for (const { text, category } of queries) {
    const ids = ranker.suggest(text);
    if (ids[0] === category) top1++;
    if (ids.slice(0, K).includes(category)) top3++;
  }
  return { top1, top3, count: queries.length };
}

const cell = (a: Accuracy) => `${percent(a.top1, a.count).padStart(6)} ${percent(a.top3, a.count).padStart(6)}`;

/**
 * Banking77, one reply per intent. `split` "test" is the official protocol (report); "dev" holds
 * out the last fifth of each intent's training utterances and never reads the test split (tuning).
 */
export function banking77Table(data: Banking77, engines: readonly Engine[], split: 'test' | 'dev'): void {
  const set = split === 'dev' ? devSplit(data) : data;
  const replies = intentReplies(set.categories);
  const ten = firstK(set.train, 10);
  const asPicks = (us: readonly Utterance[]): Pick[] => us.map((u) => ({ text: u.text, replyId: u.category }));
  const queries = set.test;
  console.log(`\nBanking77 (${split === 'dev' ? 'DEV split of train.csv, for tuning' : 'official test split'}): ` +
    `${set.categories.length} intents, one reply each, ${set.train.length} training and ${queries.length} test utterances`);
  console.log('  top-1 / top-3 per protocol; ex = texts as pack examples, picks = the same texts learned as picks');
  console.log('  ranker               cold           ex10         picks10         ex-full      picks-full');
  const dash = '     —      —';
  for (const engine of engines) {
    const row = [
      score(engineRanker(engine.create(replies)), queries),
      score(engineRanker(engine.create(withExamples(replies, ten))), queries),
      score(engineRanker(engine.create(replies, asPicks(ten))), queries),
      score(engineRanker(engine.create(withExamples(replies, set.train))), queries),
      score(engineRanker(engine.create(replies, asPicks(set.train))), queries),
    ];
    console.log(`  ${engine.name.padEnd(18)} ${row.map(cell).join('  ')}`);
  }
  const mini = [miniSearch(replies), miniSearch(replies, ten), miniSearch(replies, set.train)].map((r) => score(r, queries));
  console.log(`  ${'MiniSearch+stem'.padEnd(18)} ${cell(mini[0]!)}  ${cell(mini[1]!)}  ${cell(mini[1]!)}  ${cell(mini[2]!)}  ${cell(mini[2]!)}`);
  const knn = [knnVote(ten), knnVote(set.train)].map((r) => score(r, queries));
  console.log(`  ${'10-NN vote'.padEnd(18)} ${dash}  ${cell(knn[0]!)}  ${cell(knn[0]!)}  ${cell(knn[1]!)}  ${cell(knn[1]!)}`);
}

interface BrandScore {
  top1: number;
  top3: number;
  inScope: number;
  /** In-scope messages that got no suggestion at all. */
  falseAbstain: number;
  noFit: number;
  /** "Nothing fits" messages that got no suggestion. */
  abstained: number;
}

function brandScore(index: SuggestIndex, messages: readonly Labelled[]): BrandScore {
  const s: BrandScore = { top1: 0, top3: 0, inScope: 0, falseAbstain: 0, noFit: 0, abstained: 0 };
  for (const { text, expected } of messages) {
    const ids = index.suggest(text, { k: K }).map((x) => x.replyId);
    if (!expected.length) {
      s.noFit++;
      if (!ids.length) s.abstained++;
      continue;
    }
    s.inScope++;
    if (!ids.length) s.falseAbstain++;
    if (ids[0] !== undefined && expected.includes(ids[0])) s.top1++;
    if (ids.some((id) => expected.includes(id))) s.top3++;
  }
  return s;
}

function add(a: BrandScore, b: BrandScore): BrandScore {
  return {
    top1: a.top1 + b.top1, top3: a.top3 + b.top3, inScope: a.inScope + b.inScope,
    falseAbstain: a.falseAbstain + b.falseAbstain, noFit: a.noFit + b.noFit, abstained: a.abstained + b.abstained,
  };
}

const brandCell = (s: BrandScore) =>
  `${percent(s.top1, s.inScope).padStart(6)} ${percent(s.top3, s.inScope).padStart(6)} ` +
  `${percent(s.abstained, s.noFit).padStart(6)} ${percent(s.falseAbstain, s.inScope).padStart(6)}`;

/**
 * Per brand: cold on the odd half, and after learning the even half as picks (each pick the
 * message's first expected reply), on the same odd half. top-1/top-3 are over in-scope messages;
 * "abst" = share of nothing-fits messages with no suggestion, "f.abst" = share of in-scope
 * messages with none (a false abstain).
 */
export function brandsTable(brands: readonly Brand[], engines: readonly Engine[], includeHeldOut: boolean): void {
  console.log('\nDevelopment brands (../shared/data/brands): asked = odd half of each brand\'s messages;');
  console.log('learned = the even half as picks. top-1/top-3 over in-scope messages; abst = nothing-fits messages');
  console.log('abstained on; f.abst = in-scope messages abstained on (false abstain).');
  console.log('  brand            ranker              cold: top1   top3   abst f.abst | learned: top1   top3   abst f.abst');
  for (const engine of engines) {
    let coldTotal: BrandScore | undefined;
    let learnedTotal: BrandScore | undefined;
    for (const brand of brands) {
      const heldOut = brand.name === HELD_OUT_BRAND;
      if (heldOut && !includeHeldOut) continue;
      const picks: Pick[] = brand.messages.flatMap((m, i) => (i % 2 === 0 && m.expected[0] ? [{ text: m.text, replyId: m.expected[0] }] : []));
      const asked = brand.messages.filter((_, i) => i % 2 === 1);
      const cold = brandScore(engine.create(brand.replies), asked);
      const learned = brandScore(engine.create(brand.replies, picks), asked);
      const label = heldOut ? `${brand.name} (held out)` : brand.name;
      console.log(`  ${label.padEnd(16)} ${engine.name.padEnd(18)} ${brandCell(cold)} |          ${brandCell(learned)}`);
      if (!heldOut) {
        coldTotal = coldTotal ? add(coldTotal, cold) : cold;
        learnedTotal = learnedTotal ? add(learnedTotal, learned) : learned;
      }
    }
    if (coldTotal && learnedTotal)
      console.log(`  ${'4 dev brands'.padEnd(16)} ${engine.name.padEnd(18)} ${brandCell(coldTotal)} |          ${brandCell(learnedTotal)}`);
  }
}
