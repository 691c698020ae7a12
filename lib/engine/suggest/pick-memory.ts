import { isConceptTerm } from './analyze';
import type { QueryPart } from './query';
import { MATCH_WEIGHT } from './weights';

interface StoredPick {
  doc: number;
  /** Terms of each word of the picked message (stems and concepts, see wordTerms). */
  words: string[][];
  terms: Set<string>;
  /** The pick's information, computed on first use (reply IDFs do not change after indexing). */
  info?: number;
}

/** Inverse document frequency of a term among the replies. */
export type Idf = (term: string) => number;

/**
 * Messages the user answered with a reply, kept one by one as that reply's pseudo-examples.
 * A new message is compared with each stored message as a whole: a near-repeat of an answered
 * message is strong evidence, while one shared incidental word ("турка" in a complaint about a
 * leaking turka) is weak — which a single bag of every pick's words would not tell apart.
 */
export class PickMemory {
  private readonly picks: StoredPick[] = [];
  private readonly byTerm = new Map<string, number[]>();

  get size(): number {
    return this.picks.length;
  }

  has(term: string): boolean {
    return this.byTerm.has(term);
  }

  add(doc: number, words: string[][]): void {
    const id = this.picks.length;
    const terms = new Set(words.flat());
    this.picks.push({ doc, words, terms });
    for (const term of terms) {
      const list = this.byTerm.get(term);
      if (list) list.push(id);
      else this.byTerm.set(term, [id]);
    }
  }

  /**
   * Per reply, the best similarity (0–1) between the query and one of its picks: the information
   * of the query words found in the pick over the larger of the two messages' information.
   */
  similarities(parts: readonly QueryPart[], queryInfo: number, idf: Idf): Map<number, number> {
    // A word of the pick is worth its best term; alternatives of the query carry their own weight.
    const worth = (term: string) => (isConceptTerm(term) ? MATCH_WEIGHT.concept : 1) * idf(term);
    const candidates = new Set<number>();
    for (const part of parts)
      for (const alt of part.alternatives) for (const id of this.byTerm.get(alt.term) ?? []) candidates.add(id);
    const best = new Map<number, number>();
    for (const id of candidates) {
      const pick = this.picks[id]!;
      let shared = 0;
      for (const part of parts) {
        let partBest = 0;
        for (const alt of part.alternatives)
          if (pick.terms.has(alt.term)) partBest = Math.max(partBest, alt.weight * idf(alt.term));
        shared += partBest;
      }
      const pickInfo = (pick.info ??= pick.words.reduce((sum, word) => sum + Math.max(...word.map(worth)), 0));
      const similarity = shared / Math.max(queryInfo, pickInfo, Number.EPSILON);
      if (similarity > (best.get(pick.doc) ?? 0)) best.set(pick.doc, similarity);
    }
    return best;
  }
}
