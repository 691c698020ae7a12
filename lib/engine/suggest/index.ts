import type { Reply } from '../../schema/pack';
import { ReplyRanker } from './ranker';
import type { Pick, SuggestIndex } from './types';

export type { Suggestion, Pick, SuggestOptions, SuggestIndex } from './types';
export { findPlaceholders, fillPlaceholders } from './placeholders';
export { labelDuplicates } from './duplicates';

/** Builds the ranking of a reply library, optionally primed with earlier picks. */
export function createSuggestIndex(replies: Reply[], picks?: Pick[]): SuggestIndex {
  return new ReplyRanker(replies, picks);
}
