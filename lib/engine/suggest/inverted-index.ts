import { FIELDS, FIELD_PARAMS, K1, type Field } from './fields';

/** Documents holding a term in one field, ascending, with the term's count in each. */
interface Posting {
  docs: number[];
  counts: number[];
}

const FIELD_NUMBER = new Map<Field, number>(FIELDS.map((field, index) => [field, index]));

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Term → documents, per field, scored with BM25F. Grows in place: documents are appended and
 * learning adds terms to a document's field later, so statistics (document frequency, average
 * field length) are kept up to date and the length normalisation is recomputed lazily.
 */
export class InvertedIndex {
  private readonly postings = new Map<string, (Posting | undefined)[]>();
  private readonly docFreq = new Map<string, number>();
  private readonly lengths: number[][] = FIELDS.map(() => []);
  private readonly totalLength: number[] = FIELDS.map(() => 0);
  private readonly filledDocs: number[] = FIELDS.map(() => 0);
  /** Per field and document: weight / length normalisation, rebuilt after a change. */
  private fieldFactors: Float64Array[] | null = null;
  private accumulator = new Float64Array(0);
  private docCount = 0;

  get size(): number {
    return this.docCount;
  }

  has(term: string): boolean {
    return this.docFreq.has(term);
  }

  /** Every indexed term (for the typo and word-family look-ups). */
  terms(): IterableIterator<string> {
    return this.docFreq.keys();
  }

  addDocument(fields: Partial<Record<Field, readonly string[]>>): number {
    const doc = this.docCount++;
    for (const lengths of this.lengths) lengths.push(0);
    for (const field of FIELDS) this.addTerms(doc, field, fields[field] ?? []);
    this.fieldFactors = null;
    return doc;
  }

  addTerms(doc: number, field: Field, terms: readonly string[]): void {
    if (!terms.length) return;
    const f = FIELD_NUMBER.get(field)!;
    if (this.lengths[f]![doc] === 0) this.filledDocs[f]!++;
    this.lengths[f]![doc]! += terms.length;
    this.totalLength[f]! += terms.length;
    for (const term of terms) {
      let byField = this.postings.get(term);
      if (!byField) this.postings.set(term, (byField = []));
      if (!this.contains(byField, doc)) this.docFreq.set(term, (this.docFreq.get(term) ?? 0) + 1);
      const posting = (byField[f] ??= { docs: [], counts: [] });
      const at = lowerBound(posting.docs, doc);
      if (posting.docs[at] === doc) posting.counts[at]!++;
      else {
        posting.docs.splice(at, 0, doc);
        posting.counts.splice(at, 0, 1);
      }
    }
    this.fieldFactors = null;
  }

  private contains(byField: readonly (Posting | undefined)[], doc: number): boolean {
    return byField.some((posting) => posting !== undefined && posting.docs[lowerBound(posting.docs, doc)] === doc);
  }

  /** Inverse document frequency (BM25, never negative). */
  idf(term: string): number {
    const df = this.docFreq.get(term) ?? 0;
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  /**
   * Calls `visit(doc, score)` for each document holding `term`, score = BM25F of the term in that
   * document (field counts weighted and length-normalised, then saturated once).
   */
  forEachScore(term: string, visit: (doc: number, score: number) => void): void {
    const byField = this.postings.get(term);
    if (!byField) return;
    const factors = this.currentFieldFactors();
    const acc = this.accumulator;
    const touched: number[] = [];
    byField.forEach((posting, f) => {
      if (!posting) return;
      const factor = factors[f]!;
      for (let i = 0; i < posting.docs.length; i++) {
        const doc = posting.docs[i]!;
        if (acc[doc] === 0) touched.push(doc);
        acc[doc]! += posting.counts[i]! * factor[doc]!;
      }
    });
    const idf = this.idf(term);
    const k1 = K1;
    for (const doc of touched) {
      const tf = acc[doc]!;
      acc[doc] = 0;
      visit(doc, (idf * tf * (k1 + 1)) / (tf + k1));
    }
  }

  private currentFieldFactors(): Float64Array[] {
    if (this.fieldFactors) return this.fieldFactors;
    if (this.accumulator.length < this.docCount) this.accumulator = new Float64Array(this.docCount * 2);
    this.fieldFactors = FIELDS.map((field, f) => {
      const { weight, lengthNorm } = FIELD_PARAMS[field];
      const average = this.totalLength[f]! / Math.max(1, this.filledDocs[f]!);
      const lengths = this.lengths[f]!;
      const factors = new Float64Array(this.docCount);
      for (let doc = 0; doc < this.docCount; doc++) {
        const relative = average > 0 ? lengths[doc]! / average : 1;
        factors[doc] = weight / (1 - lengthNorm + lengthNorm * relative);
      }
      return factors;
    });
    return this.fieldFactors;
  }
}
