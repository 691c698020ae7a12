import type { FeatureVector } from './model-features';
import type { ModelWeights } from './model-snapshot';
import { seededRandom } from '../random';

/** Weights of one feature: the replies it speaks for, with a weight each (grown in place). */
interface Row {
  classes: Int32Array;
  weights: Float64Array;
  length: number;
  /**
   * Index of the weakest weight of a full row, -1 when unknown. Most classes offered to a full row
   * are weaker than all of it and rejected: scanning the row for each of them was most of a build.
   */
  weakest: number;
}

export interface Sample {
  x: FeatureVector;
  y: number;
}

/** Hyper-parameters of the learned model (tuned on a development split of training data only). */
export const MODEL_PARAMS = {
  /** SGD step. */
  rate: 5,
  /** Passes over the stored samples when the model is built from a list. */
  epochs: 4,
  /** Stored samples revisited after each new one, so online learning approaches the batch fit. */
  replay: 2,
  /** Gradients smaller than this are not written (keeps rows short). */
  minGradient: 1e-3,
  /**
   * Replies one feature keeps weights for: the largest in magnitude stay. A feature common to
   * thousands of replies (a frequent letter triple) says little about each, and the cap bounds the
   * cost of a ranking and of a step whatever the size of the library.
   */
  rowCap: 48,
  /**
   * Wrong replies corrected per step: the most probable ones. In a large library a message's
   * features touch thousands of replies, nearly all with a negligible share of the gradient.
   */
  maxCorrected: 12,
  /** Steps one `fit` may take at most: fewer passes over a large sample set keep a build short. */
  stepBudget: 20_000,
} as const;


/**
 * A multinomial logistic regression over sparse features, one class per reply plus an implicit
 * "nothing fits" class whose logit is always 0. The softmax is taken over the replies a message's
 * features have weights for (and the true reply when training), so a step costs the size of those
 * rows, not the size of the library, and a reply no feature speaks for keeps probability 0. A new
 * sample is one SGD step plus a few replayed ones: learning is incremental, no rebuild.
 */
export class IntentModel {
  private readonly rows = new Map<number, Row>();
  /** The rows of the last accumulated features, by position (a step writes where it read). */
  private readonly found: (Row | undefined)[] = [];
  private readonly samples: Sample[] = [];
  private readonly perClass: number[] = [];
  private logits = new Float64Array(0);
  private stamps = new Int32Array(0);
  private marks = new Int32Array(0);
  private stamp = 0;
  private markCounter = 0;
  private random = seededRandom(77);

  get size(): number {
    return this.samples.length;
  }

  /** How many samples taught this class. */
  samplesOf(y: number): number {
    return this.perClass[y] ?? 0;
  }

  /** The samples stored so far, in order (another model trained on them learns the same). */
  storedSamples(): readonly Sample[] {
    return this.samples.slice();
  }

  /** Stores a sample without training (build: `fit` follows). */
  add(x: FeatureVector, y: number): void {
    this.samples.push({ x, y });
    this.perClass[y] = (this.perClass[y] ?? 0) + 1;
  }

  /** Stores a sample and learns it at once, revisiting a few earlier ones. */
  learn(x: FeatureVector, y: number): void {
    this.add(x, y);
    const { rate, replay } = MODEL_PARAMS;
    this.step(x, y, rate);
    const n = this.samples.length - 1;
    for (let i = 0; i < Math.min(replay, n); i++) {
      const sample = this.samples[Math.floor(this.random() * n)]!;
      this.step(sample.x, sample.y, rate);
    }
  }

  /** Forgets the weights and trains again on every stored sample, as a build would. */
  refit(): void {
    this.forget();
    this.fit();
  }

  /** The trained weights as flat arrays (see model-snapshot.ts). */
  weights(): ModelWeights {
    let total = 0;
    for (const row of this.rows.values()) total += row.length;
    const featureIds = new Int32Array(this.rows.size);
    const offsets = new Int32Array(this.rows.size + 1);
    const classes = new Int32Array(total);
    const weights = new Float64Array(total);
    let r = 0;
    let at = 0;
    for (const [id, row] of this.rows) {
      featureIds[r] = id;
      offsets[r++] = at;
      classes.set(row.classes.subarray(0, row.length), at);
      weights.set(row.weights.subarray(0, row.length), at);
      at += row.length;
    }
    offsets[r] = at;
    return { featureIds, offsets, classes, weights };
  }

  /** Takes stored weights instead of training (the samples must be the ones they were trained on). */
  restore(stored: ModelWeights): void {
    this.forget();
    const { featureIds, offsets, classes, weights } = stored;
    for (let r = 0; r < featureIds.length; r++) {
      const from = offsets[r]!;
      const to = offsets[r + 1]!;
      this.rows.set(featureIds[r]!, {
        classes: Int32Array.from(classes.subarray(from, to)),
        weights: weights.slice(from, to),
        length: to - from,
        weakest: -1,
      });
    }
  }

  /** Drops the weights (the samples stay) and restarts the random order, as a new model would. */
  forget(): void {
    this.rows.clear();
    this.random = seededRandom(77);
  }

  /** Trains on every stored sample for a few passes in a seeded random order, the step size decaying. */
  fit(epochs: number = MODEL_PARAMS.epochs, budget: number = MODEL_PARAMS.stepBudget): void {
    // In class order before the seeded shuffle: the same samples train the same model whether they
    // came as pack examples or as picks (added after every reply).
    const { samples } = this;
    const order = samples.map((_, i) => i).sort((a, b) => samples[a]!.y - samples[b]!.y || a - b);
    // A large sample set gets fewer passes (the last one possibly partial) to keep a build short.
    let steps = Math.min(epochs * order.length, budget);
    for (let epoch = 0; steps > 0; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(this.random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const rate = MODEL_PARAMS.rate / (1 + epoch * 0.5);
      for (const index of order.slice(0, steps)) {
        const sample = this.samples[index]!;
        this.step(sample.x, sample.y, rate);
      }
      steps -= order.length;
    }
  }

  private ensure(classes: number): void {
    if (this.logits.length >= classes) return;
    const size = Math.max(classes, this.logits.length * 2, 16);
    this.logits = new Float64Array(size);
    const stamps = new Int32Array(size);
    stamps.set(this.stamps);
    this.stamps = stamps;
    const marks = new Int32Array(size);
    marks.set(this.marks);
    this.marks = marks;
  }

  /**
   * Logits of the replies the features speak for, into `logits` (valid where `stamps` equals the
   * current stamp), their classes into `touched`. Other replies' logits are 0, like "nothing fits".
   */
  private accumulate(x: FeatureVector, classCount: number, touched: number[]): void {
    this.ensure(classCount);
    const stamp = ++this.stamp;
    const { logits, stamps } = this;
    const found = this.found;
    found.length = x.ids.length;
    for (let i = 0; i < x.ids.length; i++) {
      const row = this.rows.get(x.ids[i]!);
      found[i] = row;
      if (!row) continue;
      const value = x.values[i]!;
      const { classes, weights, length } = row;
      for (let j = 0; j < length; j++) {
        const c = classes[j]!;
        if (stamps[c] !== stamp) {
          stamps[c] = stamp;
          logits[c] = 0;
          touched.push(c);
        }
        logits[c] = logits[c]! + value * weights[j]!;
      }
    }
  }

  /**
   * Probability of each reply the message's features speak for, and of "nothing fits" (the rest).
   * `visit(y, probability)` is called once per such reply.
   */
  probabilities(x: FeatureVector, classCount: number, visit: (y: number, probability: number) => void): number {
    const touched: number[] = [];
    this.accumulate(x, classCount, touched);
    if (!touched.length) return 1;
    const total = this.exponentiate(touched);
    for (const c of touched) visit(c, this.logits[c]! / total);
    return this.nothing / total;
  }

  /** exp(−max): the "nothing fits" term of the last softmax. */
  private nothing = 1;

  /**
   * Replaces the touched logits by exp(logit − max) and returns their sum with "nothing fits"
   * (logit 0): the softmax denominator. Logits far below the best count as 0 (e^-20 each).
   */
  private exponentiate(touched: readonly number[]): number {
    const { logits } = this;
    let max = 0;
    for (const c of touched) if (logits[c]! > max) max = logits[c]!;
    const floor = max - 20;
    this.nothing = Math.exp(-max);
    let total = this.nothing;
    for (const c of touched) {
      const logit = logits[c]!;
      const e = logit < floor ? 0 : Math.exp(logit - max);
      logits[c] = e;
      total += e;
    }
    return total;
  }

  private step(x: FeatureVector, y: number, rate: number): void {
    const touched: number[] = [];
    this.accumulate(x, Math.max(y + 1, this.perClass.length), touched);
    const { logits, stamps } = this;
    if (stamps[y] !== this.stamp) {
      stamps[y] = this.stamp;
      logits[y] = 0;
      touched.push(y);
    }
    const total = this.exponentiate(touched);
    // Gradient of the log loss per class, written over the logits (no longer needed).
    let active: number[] = [];
    for (const c of touched) {
      const g = logits[c]! / total - (c === y ? 1 : 0);
      logits[c] = g;
      if (c !== y && g >= MODEL_PARAMS.minGradient) active.push(c);
    }
    if (active.length > MODEL_PARAMS.maxCorrected)
      active = active.sort((a, b) => logits[b]! - logits[a]!).slice(0, MODEL_PARAMS.maxCorrected);
    if (-logits[y]! >= MODEL_PARAMS.minGradient) active.push(y);
    if (!active.length) return;
    // Only the active classes are written: the others' gradients are dropped.
    for (const c of touched) stamps[c] = 0;
    for (const c of active) stamps[c] = this.stamp;
    const current = this.stamp;
    const marks = this.marks;
    for (let i = 0; i < x.ids.length; i++) {
      const id = x.ids[i]!;
      const value = x.values[i]! * rate;
      const mark = ++this.markCounter;
      let row = this.found[i];
      if (!row) this.rows.set(id, (row = { classes: new Int32Array(4), weights: new Float64Array(4), length: 0, weakest: -1 }));
      // Update the classes already in the row, then append the active ones it lacks.
      for (let j = 0; j < row.length; j++) {
        const c = row.classes[j]!;
        if (stamps[c] !== current) continue;
        marks[c] = mark;
        row.weights[j]! -= value * logits[c]!;
        row.weakest = -1;
      }
      for (const c of active) {
        if (marks[c] !== mark) append(row, c, -value * logits[c]!);
      }
    }
  }
}

/** Adds a class to a row; a full row gives up its weakest weight if the new one is stronger. */
function append(row: Row, c: number, weight: number): void {
  if (row.length < MODEL_PARAMS.rowCap) {
    if (row.length === row.classes.length) grow(row);
    row.classes[row.length] = c;
    row.weights[row.length++] = weight;
    row.weakest = -1;
    return;
  }
  if (row.weakest < 0) row.weakest = weakestOf(row);
  const weakest = row.weakest;
  if (Math.abs(weight) <= Math.abs(row.weights[weakest]!)) return;
  row.classes[weakest] = c;
  row.weights[weakest] = weight;
  row.weakest = -1;
}

/** The first index of the smallest weight in magnitude. */
function weakestOf(row: Row): number {
  let weakest = 0;
  for (let j = 1; j < row.length; j++) if (Math.abs(row.weights[j]!) < Math.abs(row.weights[weakest]!)) weakest = j;
  return weakest;
}

function grow(row: Row): void {
  const classes = new Int32Array(row.classes.length * 2);
  const weights = new Float64Array(row.weights.length * 2);
  classes.set(row.classes);
  weights.set(row.weights);
  row.classes = classes;
  row.weights = weights;
}
