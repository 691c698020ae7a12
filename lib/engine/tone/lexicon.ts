import type { BuiltinCategory } from '../../schema/rules';
import type { Draft } from './draft';
import type { BuiltinFixKind, TextEdit } from './fixes';
import type { ResolvedProfile } from './profile';
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
  /**
   * The fix for tokens first..last, when a grammatical one exists: an edit of the draft covering
   * at least the matched words (fixes.ts), tagged with its kind.
   */
  fix?: (draft: Draft, first: number, last: number) => (TextEdit & { kind: BuiltinFixKind }) | undefined;
  /** Veto for one occurrence (e.g. a legal context); tokens first..last are the match. */
  accept?: (draft: Draft, first: number, last: number, profile: ResolvedProfile) => boolean;
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

/** Normalised words of the sentence of token `first`, from its start up to (not including) `first`. */
export function wordsOfSentenceBefore(draft: Draft, first: number): string[] {
  const id = draft.sentence[first]!;
  const words: string[] = [];
  for (let i = first - 1; i >= 0 && draft.sentence[i] === id; i--) words.push(draft.tokens[i]!.norm);
  return words.reverse();
}

/** Negations that turn a promise or a reproach into its opposite («не гарантируем», "not able to"). */
const NEGATION = /^(?:не|нет|ни|никак|ничего|ничем|nothing|not|no|never|cannot|can't|can’t|won't|won’t|don't|don’t|doesn't|doesn’t|isn't|aren't|unable|nor|без)$/;

/** True when a negation stands among the `span` words before token `first` (same sentence). */
export function negationNear(draft: Draft, first: number, span = 4): boolean {
  return wordsOfSentenceBefore(draft, first)
    .slice(-span)
    .some((w) => NEGATION.test(w) || w.endsWith("n't") || w.endsWith('n’t'));
}

/** Words that may stand between a negation and the verb it negates: «не можем гарантировать», "not able to guarantee". */
const NEGATION_BRIDGE = new Set([
  'можем', 'могу', 'может', 'могут', 'будем', 'буду', 'станем', 'стану', 'вправе', 'в', 'силах', 'состоянии', 'сможем', 'смогу',
  'всегда', 'совсем', 'всё', 'все', 'до', 'конца', '100',
  'able', 'to', 'be', 'in', 'a', 'position', 'always', 'fully', 'completely', 'yet', 'really', 'unfortunately', 'we', 'i', 'can', 'could', 'do', 'will',
]);

/** True when the verb at token `first` is negated: a negation right before it, or before modal words («не можем», "not able to"). */
export function negatedBefore(draft: Draft, first: number, span = 4): boolean {
  const words = wordsOfSentenceBefore(draft, first);
  for (let k = words.length - 1, seen = 0; k >= 0 && seen <= span; k--, seen++) {
    const w = words[k]!;
    if (NEGATION.test(w) || w.endsWith("n't") || w.endsWith('n’t')) return true;
    if (!NEGATION_BRIDGE.has(w)) return false;
  }
  return false;
}

/** Words that make the brand (first person) the subject of a refusal told in the third person or past. */
const FIRST_PERSON = new Set(['мы', 'я', 'нам', 'мне', 'we', 'i', "we've", "i've", 'our', 'us']);

/**
 * «Военные не комментировали», "the company declined to comment": reported speech, someone else
 * refusing. It is the brand's refusal only when the brand is the subject: a first-person word or one
 * of the profile's brand names earlier in the sentence.
 */
export function brandIsSubject(draft: Draft, first: number, _last: number, profile: ResolvedProfile): boolean {
  const before = wordsOfSentenceBefore(draft, first);
  if (before.some((w) => FIRST_PERSON.has(w))) return true;
  if (!profile.brandNames.length || !before.length) return false;
  const start = draft.tokens[first - before.length]!.start;
  const sentence = draft.text.slice(start, draft.tokens[first]!.start).toLowerCase().replace(/ё/g, 'е');
  return profile.brandNames.some((name) => name.length > 1 && sentence.includes(name.toLowerCase().replace(/ё/g, 'е')));
}
