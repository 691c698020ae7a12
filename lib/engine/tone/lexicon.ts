import type { BuiltinCategory } from '../../schema/rules';
import type { Draft } from './draft';
import type { Lang } from './types';

/**
 * A family of built-in phrases with one message, matched in the shared single pass
 * (pattern syntax: phrases/pattern.ts `parseLexiconPattern`).
 */
export interface LexiconGroup {
  ruleId: string;
  category: BuiltinCategory;
  patterns: readonly string[];
  message: (lang: Lang, matched: string) => string;
  /** Replacement for the matched words, when there is a natural one. */
  fix?: (matched: string, lang: Lang) => string | undefined;
  /** Veto for one occurrence (e.g. a legal context); tokens first..last are the match. */
  accept?: (draft: Draft, first: number, last: number) => boolean;
}

/** Picks the message in the draft's language. */
export const say = (lang: Lang, ru: string, en: string): string => (lang === 'ru' ? ru : en);

/** True when a token of the same sentence as `first..last` satisfies `test`. */
export function sentenceHas(draft: Draft, first: number, last: number, test: (norm: string) => boolean): boolean {
  const id = draft.sentence[first]!;
  for (let i = first; i >= 0 && draft.sentence[i] === id; i--) if (test(draft.tokens[i]!.norm)) return true;
  for (let i = last + 1; i < draft.tokens.length && draft.sentence[i] === id; i++)
    if (test(draft.tokens[i]!.norm)) return true;
  return false;
}

/** The normalised word just before token `index` in the same sentence, or "". */
export function wordBefore(draft: Draft, index: number): string {
  if (index === 0 || draft.sentence[index - 1] !== draft.sentence[index]) return '';
  return draft.tokens[index - 1]!.norm;
}
