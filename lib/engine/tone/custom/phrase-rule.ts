import type { ToneRule } from '../../../schema/rules';
import { parsePlainPhrase, type Element } from '../phrases/pattern';

/** A phrase rule's phrases as word-key sequences, or the first phrase that has no words. */
export function compilePhraseRule(rule: ToneRule): { ok: true; phrases: Element[][] } | { ok: false; error: string } {
  const phrases: Element[][] = [];
  for (const [index, phrase] of (rule.phrases ?? []).entries()) {
    const elements = parsePlainPhrase(phrase);
    if (!elements) return { ok: false, error: `phrases[${index}] "${phrase}" has no words to match` };
    phrases.push(elements);
  }
  if (!phrases.length) return { ok: false, error: 'a phrase rule needs at least one phrase' };
  return { ok: true, phrases };
}
