/**
 * The parts of a reply the ranking reads, with their BM25F weight and length normalisation.
 * Examples and titles say what a reply is for; a body says much more than its topic, so its words
 * count least. Picked messages form a field of their own: they are long and say more than their
 * question, so they weigh less and are diluted by length like a body.
 */
export const FIELDS = ['title', 'examples', 'tags', 'shortcut', 'body', 'picks'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldParams {
  /** Importance of one occurrence of a term in this field. */
  weight: number;
  /** How much a longer-than-average field dilutes a term (BM25 b). */
  lengthNorm: number;
}

export const FIELD_PARAMS: Readonly<Record<Field, FieldParams>> = {
  title: { weight: 3, lengthNorm: 0.5 },
  examples: { weight: 2.5, lengthNorm: 0.3 },
  tags: { weight: 1.5, lengthNorm: 0.3 },
  shortcut: { weight: 2, lengthNorm: 0 },
  body: { weight: 1, lengthNorm: 0.75 },
  picks: { weight: 0.75, lengthNorm: 0.75 },
};

/** BM25 term-frequency saturation. */
export const K1 = 1.2;
