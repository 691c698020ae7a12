import type { ToneRule, ToneRuleInput } from '../../../schema/rules';
import type { RuleParser } from './rule-parser';
import type { Element } from '../phrases/pattern';
import { compilePhraseRule } from './phrase-rule';
import { compileRegex, type CompiledRegexRule } from './regex-rule';

export interface CompiledRules {
  /** Every phrase of every phrase rule, for the shared phrase index. */
  phrases: { elements: Element[]; rule: ToneRule }[];
  regexRules: CompiledRegexRule[];
  /** Rules that failed validation or compilation; the others still run. */
  errors: { ruleId: string; error: string }[];
}

/** Validates and compiles pack rules once, so checking a draft never parses a pattern. */
export function compileRules(rules: readonly unknown[], includeDisabled: boolean, parse: RuleParser): CompiledRules {
  const compiled: CompiledRules = { phrases: [], regexRules: [], errors: [] };
  rules.forEach((input, position) => {
    const id = (input as Partial<ToneRuleInput> | null)?.id;
    const ruleId = typeof id === 'string' && id ? id : `rules[${position}]`;
    const result = compileRule(input, parse);
    if (!result.ok) compiled.errors.push({ ruleId, error: result.error });
    else if (result.rule.enabled || includeDisabled) {
      for (const elements of result.phrases) compiled.phrases.push({ elements, rule: result.rule });
      if (result.regex) compiled.regexRules.push(result.regex);
    }
  });
  return compiled;
}

type RuleResult =
  | { ok: true; rule: ToneRule; phrases: Element[][]; regex?: CompiledRegexRule }
  | { ok: false; error: string };

/** One rule: schema check, then its phrases or its RE2 pattern. */
export function compileRule(input: unknown, parse: RuleParser): RuleResult {
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const rule = parsed.rule;
  if (rule.kind === 'phrase') {
    const phrases = compilePhraseRule(rule);
    return phrases.ok ? { ok: true, rule, phrases: phrases.phrases } : phrases;
  }
  try {
    return { ok: true, rule, phrases: [], regex: { rule, regex: compileRegex(rule.pattern!, rule.flags) } };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
