import { areRelatives, isOneEditApart } from '../text';
import { ideaTerms } from './terms';

/**
 * How alike two requests are, 0…1, from their content stems (terms.ts). Two stems match when they
 * are equal, of one word family the stemmer left apart (доставка / доставили: text/families.ts),
 * or one typo apart (5+ letters). From the matched pairs:
 *  - Jaccard: matched / all distinct terms — penalises everything the two do not share;
 *  - containment: matched / the shorter side's terms — a short request inside a longer message
 *    ("тыквенный латте" in "верните тыквенный латте, пожалуйста, он был лучший") still counts;
 *    it needs two matched terms (or all of a one-term side): one shared word is no containment;
 *  - character trigrams of the stems (cosine): partial credit for word forms no rule above joins.
 * The blend and MERGE_THRESHOLD were tuned on test/unit/ideas-merge.test.ts (ru and en pairs that
 * must merge and pairs that must not).
 */
export const MERGE_THRESHOLD = 0.5;
const WEIGHTS = { jaccard: 0.4, containment: 0.35, trigrams: 0.25 };

export interface IdeaText {
  terms: readonly string[];
}

export const ideaText = (text: string): IdeaText => ({ terms: ideaTerms(text) });

function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (areRelatives(a, b)) return true;
  return Math.min(a.length, b.length) >= 5 && isOneEditApart(a, b);
}

/** Pairs each term of `a` with at most one term of `b` (greedy, exact matches first). */
function matchedPairs(a: readonly string[], b: readonly string[]): number {
  const free = new Set(b);
  let matched = 0;
  const rest: string[] = [];
  for (const term of a) {
    if (free.delete(term)) matched++;
    else rest.push(term);
  }
  for (const term of rest) {
    const partner = [...free].find((other) => stemsMatch(term, other));
    if (partner === undefined) continue;
    free.delete(partner);
    matched++;
  }
  return matched;
}

function trigrams(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) {
    const padded = `^${term}$`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const gram = padded.slice(i, i + 3);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [gram, count] of a) {
    normA += count * count;
    dot += count * (b.get(gram) ?? 0);
  }
  for (const count of b.values()) normB += count * count;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

export function similarity(a: IdeaText, b: IdeaText): number {
  if (a.terms.length === 0 || b.terms.length === 0) return 0;
  const matched = matchedPairs(a.terms, b.terms);
  const jaccard = matched / (a.terms.length + b.terms.length - matched);
  const shorter = Math.min(a.terms.length, b.terms.length);
  // One shared word of two or more ("ship to Canada" / "ship to Germany") is no containment.
  const containment = matched >= Math.min(2, shorter) ? matched / shorter : 0;
  const grams = cosine(trigrams(a.terms), trigrams(b.terms));
  // Without one shared word, trigram overlap alone ("молоко" / "молот") is no near-duplicate.
  if (matched === 0) return 0;
  return WEIGHTS.jaccard * jaccard + WEIGHTS.containment * containment + WEIGHTS.trigrams * grams;
}

/** Shorthand for two raw texts. */
export const textSimilarity = (a: string, b: string) => similarity(ideaText(a), ideaText(b));

export interface Candidate {
  id: string;
  /** The idea's texts: its title first, then each asker's message. */
  texts: readonly string[];
}

/**
 * How well `probe` fits one idea: its title, or its texts on average — never its single closest
 * asker. Matching any one asker would chain: each merged message widens the idea until unrelated
 * requests join it (on Banking77's dev split, single linkage put 43% of merges into an idea of
 * the same intent, title-or-average 64%; `npm run bench -- ideas` measures the test split).
 */
function fit(probe: IdeaText, texts: readonly string[]): number {
  if (!texts.length) return 0;
  const scores = texts.map((other) => similarity(probe, ideaText(other)));
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return Math.max(scores[0]!, mean);
}

/**
 * The existing idea `text` repeats, if any: the candidate it fits best (title or average, see
 * `fit`), when that reaches `threshold`. Ties go to the earlier candidate.
 */
export function findNearDuplicate(
  text: string,
  candidates: readonly Candidate[],
  threshold = MERGE_THRESHOLD,
): { id: string; score: number } | null {
  const probe = ideaText(text);
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const score = fit(probe, candidate.texts);
    if (score >= threshold && (!best || score > best.score)) best = { id: candidate.id, score };
  }
  return best;
}
