import type { Platform } from '../../schema/pack';
import type { LearnedModel } from './model-snapshot';

/** A reply suggested for a message; a higher score is a better fit (comparable within one index). */
export interface Suggestion {
  replyId: string;
  score: number;
}

/** The user answered the message `text` with reply `replyId`. */
export interface Pick {
  text: string;
  replyId: string;
}

export interface SuggestOptions {
  /** How many suggestions at most (default 3). */
  k?: number;
  /** The site the reply goes to: replies limited to other platforms are left out. */
  platform?: Platform;
}

export interface SuggestIndex {
  /** Best replies first; empty when nothing in the library fits the message. */
  suggest(message: string, options?: SuggestOptions): Suggestion[];
  /** Learns from a pick: similar messages will rank the picked reply higher. */
  learn(pick: Pick): void;
  /** The trained model and what it was trained on, to store and pass back at the next build. */
  learned(): LearnedModel | undefined;
  /** Number of replies. */
  readonly size: number;
}
