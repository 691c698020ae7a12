/**
 * A trained model as flat typed arrays, for storage (IndexedDB keeps typed arrays as they are):
 * per feature row its id and where its classes start; every row's classes and weights end to end.
 * Weights stay Float64: a restored model ranks exactly as the trained one did.
 */
export interface ModelWeights {
  featureIds: Int32Array<ArrayBuffer>;
  /** Row r spans classes/weights [offsets[r], offsets[r + 1]). */
  offsets: Int32Array<ArrayBuffer>;
  classes: Int32Array<ArrayBuffer>;
  weights: Float64Array<ArrayBuffer>;
}

/**
 * FNV-1a over a sequence of strings, extended as they come: the fingerprint of what a model was
 * trained on (replies, then picks in order), so a stored model is used only for the same library.
 */
export class Fingerprint {
  private h = 0x811c9dc5;
  private count = 0;

  add(part: string): void {
    let h = this.h;
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f; // a separator: ["ab", "c"] and ["a", "bc"] differ
    this.h = Math.imul(h, 0x01000193);
    this.count++;
  }

  get value(): string {
    return `${this.count.toString(36)}-${(this.h >>> 0).toString(36)}`;
  }
}

/** What a library's ranking learned, as stored between sessions (see ReplyRanker.learned). */
export interface LearnedModel {
  /** Format of the features and weights: a stored model of another version is not used. */
  version: number;
  fingerprint: string;
  weights: ModelWeights;
  /** Scores of the judged picks, oldest first (see abstain.ts). */
  judged: number[];
}
