/**
 * `npm run bench -- ideas`: how the idea merger (lib/engine/ideas) behaves on text nobody here
 * wrote. Banking77's official test split (3,080 customer messages, 77 intents; never read while
 * the merge threshold was tuned) stands in for requests saved as ideas: two messages of one
 * intent are the same request, two of different intents are not.
 *
 * - Pairs: how often a same-intent pair merges (recall) and a different-intent pair merges (the
 *   false merges that would hide one request inside another).
 * - Stream: every message saved in a seeded random order, as lib/storage/ideas.ts does (compare
 *   with the title and every asker's message of every idea): how many ideas, how pure they are.
 * - Speed: one save against the list built so far.
 * - Brands: the same stream over each development brand's labelled customer messages (mostly
 *   Russian; a message's first expected reply is its request); forma-fitness is the held-out brand.
 * The baseline is single linkage (merge when any one text of an idea matches), the first design.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNearDuplicate, textSimilarity, MERGE_THRESHOLD, type Candidate } from '../../lib/engine/ideas';
import { seededRandom } from '../../lib/engine/random';
import { fmt, percentile } from './stats';
import { HELD_OUT_BRAND, loadBanking77, loadBrands, type Utterance } from './support/suggest-public';
import { printTable } from './support/table';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAIRS = 5_000;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function pairRates(messages: readonly Utterance[], seed: number): { same: number; different: number } {
  const random = seededRandom(seed);
  const byIntent = new Map<string, Utterance[]>();
  for (const m of messages) byIntent.set(m.category, [...(byIntent.get(m.category) ?? []), m]);
  const intents = [...byIntent.keys()];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  let same = 0;
  let different = 0;
  for (let i = 0; i < PAIRS; i++) {
    const group = byIntent.get(pick(intents))!;
    const [a, b] = [pick(group), pick(group)];
    if (a !== b && textSimilarity(a.text, b.text) >= MERGE_THRESHOLD) same++;
    const x = pick(messages);
    const y = pick(messages);
    if (x.category !== y.category && textSimilarity(x.text, y.text) >= MERGE_THRESHOLD) different++;
  }
  return { same: same / PAIRS, different: different / PAIRS };
}

interface StreamResult {
  ideas: number;
  merged: number;
  /** Merges into an idea first asked with the same intent. */
  correctMerges: number;
  saveMs: number[];
}

type Matcher = (text: string, ideas: readonly Candidate[]) => { id: string } | null;

/** The baseline: merge with the idea whose closest single text matches (single linkage, as first built). */
const singleLinkage: Matcher = (text, ideas) => {
  let best: { id: string; score: number } | null = null;
  for (const idea of ideas) {
    const score = Math.max(...idea.texts.map((other) => textSimilarity(text, other)));
    if (score >= MERGE_THRESHOLD && (!best || score > best.score)) best = { id: idea.id, score };
  }
  return best;
};

function stream(messages: readonly Utterance[], match: Matcher = findNearDuplicate): StreamResult {
  const ideas: Array<Candidate & { intent: string; texts: string[] }> = [];
  const result: StreamResult = { ideas: 0, merged: 0, correctMerges: 0, saveMs: [] };
  for (const message of messages) {
    const t0 = performance.now();
    const found = match(message.text, ideas);
    result.saveMs.push(performance.now() - t0);
    const idea = found && ideas.find((i) => i.id === found.id);
    if (idea) {
      idea.texts.push(message.text);
      result.merged++;
      if (idea.intent === message.category) result.correctMerges++;
    } else ideas.push({ id: String(ideas.length), texts: [message.text], intent: message.category });
  }
  result.ideas = ideas.length;
  return result;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function brandsTable(dataRoot: string): void {
  const brands = loadBrands(dataRoot);
  if (!brands) {
    console.log('Brands: skipped (../shared/data/brands is not present)');
    return;
  }
  const rows: string[][] = [];
  for (const brand of brands) {
    const messages = brand.messages.filter((m) => m.expected.length).map((m) => ({ text: m.text, category: m.expected[0]! }));
    const requests = new Set(messages.map((m) => m.category)).size;
    for (const [label, match] of [['TrustOps', findNearDuplicate], ['single linkage', singleLinkage]] as const) {
      const r = stream(shuffled(messages, 7), match);
      const name = brand.name === HELD_OUT_BRAND ? `${brand.name} (held out)` : brand.name;
      rows.push([name, label, String(messages.length), String(requests), String(r.ideas), String(r.merged), r.merged ? pct(r.correctMerges / r.merged) : '—']);
    }
  }
  printTable('Saving each brand\'s labelled customer messages as ideas (seeded order)', ['brand', 'merger', 'messages', 'requests', 'ideas', 'merged', 'merged into its own request'], rows);
}

export async function bench(): Promise<void> {
  const dataRoot = path.resolve(repoRoot, '../shared/data');
  brandsTable(dataRoot);
  const banking = loadBanking77(dataRoot);
  if (!banking) {
    console.log('Ideas: skipped (../shared/data/public/banking77 is not present)');
    return;
  }
  const test = banking.test;
  const pairs = pairRates(test, 2026_12_04);
  printTable(`Idea merging, Banking77 test split, ${PAIRS} random pairs each (threshold ${MERGE_THRESHOLD})`, ['pairs', 'merged'], [
    ['same intent', pct(pairs.same)],
    ['different intents (false merges)', pct(pairs.different)],
  ]);
  const rows: string[][] = [];
  const runs = [
    ['TrustOps, 500 messages', 500, findNearDuplicate],
    ['TrustOps, all 3,080', test.length, findNearDuplicate],
    ['single linkage, 500', 500, singleLinkage],
    ['single linkage, all 3,080', test.length, singleLinkage],
  ] as const;
  for (const [label, size, match] of runs) {
    const r = stream(shuffled(test, 7).slice(0, size), match);
    const sorted = [...r.saveMs].sort((a, b) => a - b);
    rows.push([
      label,
      String(r.ideas),
      String(r.merged),
      r.merged ? pct(r.correctMerges / r.merged) : '—',
      fmt(percentile(sorted, 50)),
      fmt(percentile(sorted, 95)),
      fmt(sorted[sorted.length - 1]!),
    ]);
  }
  printTable('Saving every message as an idea, in a seeded random order (77 intents)', ['saved', 'ideas', 'merged', 'merged into its own intent', 'save p50', 'save p95', 'last/slowest'], rows);
}
