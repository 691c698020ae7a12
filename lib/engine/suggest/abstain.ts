/**
 * A calibrated "nothing fits" bar learned from the user's own picks. Every judged pick (see judge
 * in ranker.ts) is an in-scope message scored before it was learned (prequential), so the scores
 * the best reply got then are a fair sample of what in-scope messages score. Abstaining below the
 * `target` quantile of that sample abstains on about `target` of in-scope messages, whatever the
 * library, its language or how much it was taught — instead of a bar fixed on other libraries.
 */
export class AbstainCalibration {
  /** The most recent scores (a ring): the bar follows the model as it learns. */
  private readonly scores: Float64Array;
  private count = 0;
  private next = 0;
  private bar: number | undefined;

  constructor(
    private readonly target: number,
    private readonly minSamples: number,
    capacity: number,
  ) {
    this.scores = new Float64Array(capacity);
  }

  add(score: number): void {
    this.scores[this.next] = score;
    this.next = (this.next + 1) % this.scores.length;
    this.count = Math.min(this.count + 1, this.scores.length);
    this.bar = undefined;
  }

  /** The score below which a best reply is "nothing fits"; undefined until enough picks were judged. */
  threshold(): number | undefined {
    if (this.count < this.minSamples) return undefined;
    if (this.bar === undefined) {
      const sorted = Array.from(this.scores.subarray(0, this.count)).sort((a, b) => a - b);
      this.bar = sorted[Math.floor(this.target * this.count)]!;
    }
    return this.bar;
  }

  /** The remembered scores, oldest first. */
  scoresInOrder(): number[] {
    const { scores, count, next } = this;
    if (count < scores.length) return Array.from(scores.subarray(0, count));
    return [...scores.subarray(next), ...scores.subarray(0, next)];
  }
}
