import type { Reply } from '../../schema/pack';
import { ReplyRanker } from './ranker';
import type { LearnedModel } from './model-snapshot';
import type { Pick, SuggestIndex } from './types';

export type { Suggestion, Pick, SuggestOptions, SuggestIndex } from './types';
export { findPlaceholders, fillPlaceholders } from './placeholders';
export { labelDuplicates } from './duplicates';
export type { LearnedModel, ModelWeights } from './model-snapshot';
export { LEARNED_MODEL_VERSION } from './ranker';

/**
 * Builds the ranking of a reply library, optionally primed with earlier picks. A model `stored`
 * from an index of the same replies and picks (SuggestIndex.learned) is reused instead of trained.
 */
export function createSuggestIndex(replies: Reply[], picks?: Pick[], stored?: LearnedModel): SuggestIndex {
  return new ReplyRanker(replies, picks, stored);
}
