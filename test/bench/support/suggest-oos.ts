/**
 * Out-of-scope protocol on Banking77 ("nothing fits"): seeded folds of intents are left out of the
 * library; their queries are out of scope (the right answer is no suggestion), the other intents'
 * queries are in scope. Per protocol (cold, ex10, picks10, picks-full): TrustOps's abstain rate on
 * out-of-scope queries and false-abstain rate on in-scope ones; MiniSearch (stemmed) has no
 * "nothing fits", so its raw top score is thresholded to the SAME in-scope false-abstain rate as
 * TrustOps and its out-of-scope abstain rate at that threshold is reported: separation is compared
 * at equal cost. `split` "dev" uses the development split of train.csv (for tuning).
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import MiniSearch from 'minisearch';
import type { Pick } from '../../../lib/engine/suggest';
import { seededRandom } from '../../../lib/engine/random';
import type { Reply } from '../../../lib/schema/pack';
import type { Engine } from './suggest-protocols';
import { devSplit, firstK, intentReplies, withExamples, type Banking77, type Utterance } from './suggest-public';

const FOLDS = 3;
const HELD_OUT_PER_FOLD = 19;
const K = 3;

interface Rates {
  oos: number;
  oosAbstained: number;
  inScope: number;
  falseAbstained: number;
  /** MiniSearch's out-of-scope abstains at TrustOps's in-scope false-abstain rate. */
  miniOosAbstained: number;
}

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '—');

/** MiniSearch's top score per query (0 when it finds nothing). */
function miniTopScores(replies: readonly Reply[], extra: readonly Utterance[], queries: readonly Utterance[]): number[] {
  const texts = new Map<string, string[]>();
  for (const u of extra) texts.set(u.category, [...(texts.get(u.category) ?? []), u.text]);
  const engine = new MiniSearch({ fields: ['title', 'body', 'examples'], processTerm: (t) => englishStemmer(t.toLowerCase()) });
  engine.addAll(replies.map((r) => ({ id: r.id, title: r.title, body: r.body, examples: [...r.examples, ...(texts.get(r.id) ?? [])].join('\n') })));
  return queries.map((q) => engine.search(q.text)[0]?.score ?? 0);
}

/**
 * Out-of-scope queries MiniSearch abstains on when its threshold abstains on `falseAbstains` of the
 * in-scope ones (scores at or below the threshold abstain).
 */
function miniAbstainsAtRate(inScope: number[], oos: number[], falseAbstains: number): number {
  const sorted = [...inScope].sort((a, b) => a - b);
  if (!sorted.length) return 0;
  if (falseAbstains === 0) return oos.filter((s) => s < sorted[0]!).length;
  const threshold = sorted[Math.min(falseAbstains, sorted.length) - 1]!;
  return oos.filter((s) => s <= threshold).length;
}

export function outOfScopeTable(data: Banking77, engines: readonly Engine[], split: 'test' | 'dev'): void {
  const set = split === 'dev' ? devSplit(data) : data;
  const random = seededRandom(1977);
  const shuffled = set.categories.map((c) => ({ c, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.c);
  const protocols = ['cold', 'ex10', 'picks10', 'picks-full'] as const;
  console.log(`\nBanking77 out of scope (${split === 'dev' ? 'DEV split of train.csv' : 'official test split'}): ` +
    `${FOLDS} folds × ${HELD_OUT_PER_FOLD} intents left out of the library; their queries should get no suggestion`);
  console.log('  abst = out-of-scope queries abstained on; f.abst = in-scope queries abstained on;');
  console.log('  MiniSearch+stem abst = at a top-score threshold giving the same f.abst as the row');
  console.log(`  ranker              ${protocols.map((p) => `${p}: abst f.abst  mini`.padStart(26)).join(' ')}`);
  for (const engine of engines) {
    const totals = protocols.map((): Rates => ({ oos: 0, oosAbstained: 0, inScope: 0, falseAbstained: 0, miniOosAbstained: 0 }));
    for (let fold = 0; fold < FOLDS; fold++) {
      const out = new Set(shuffled.slice(fold * HELD_OUT_PER_FOLD, (fold + 1) * HELD_OUT_PER_FOLD));
      const kept = set.categories.filter((c) => !out.has(c));
      const replies = intentReplies(kept);
      const train = set.train.filter((u) => !out.has(u.category));
      const ten = firstK(train, 10);
      const asPicks = (us: readonly Utterance[]): Pick[] => us.map((u) => ({ text: u.text, replyId: u.category }));
      const inScope = set.test.filter((u) => !out.has(u.category));
      const oos = set.test.filter((u) => out.has(u.category));
      const setups: [Reply[], Pick[], Utterance[]][] = [
        [replies, [], []],
        [withExamples(replies, ten), [], ten],
        [replies, asPicks(ten), ten],
        [replies, asPicks(train), train],
      ];
      setups.forEach(([library, picks, extra], i) => {
        const index = engine.create(library, picks);
        const abstains = (u: Utterance) => index.suggest(u.text, { k: K }).length === 0;
        const t = totals[i]!;
        const falseAbstained = inScope.filter(abstains).length;
        t.inScope += inScope.length;
        t.falseAbstained += falseAbstained;
        t.oos += oos.length;
        t.oosAbstained += oos.filter(abstains).length;
        const miniLibrary = i === 1 ? replies : library;
        t.miniOosAbstained += miniAbstainsAtRate(miniTopScores(miniLibrary, extra, inScope), miniTopScores(miniLibrary, extra, oos), falseAbstained);
      });
    }
    const cells = totals.map((t) =>
      `${pct(t.oosAbstained, t.oos).padStart(6)} ${pct(t.falseAbstained, t.inScope).padStart(6)} ${pct(t.miniOosAbstained, t.oos).padStart(6)}`.padStart(26));
    console.log(`  ${engine.name.padEnd(18)} ${cells.join(' ')}`);
  }
}
