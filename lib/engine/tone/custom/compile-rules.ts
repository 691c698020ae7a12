import type { ToneRule, ToneRuleInput } from '../../../schema/rules';
import type { RuleParser } from './rule-parser';
import type { Element } from '../phrases/pattern';
import { phrasesOverBudget, regexRulesOverBudget, RULE_BUDGET } from './budget';
import { compilePhraseRule } from './phrase-rule';
import { compileRegex, type CompiledRegexRule } from './regex-rule';

export interface CompiledRules {
  /** Every phrase of every phrase rule, for the shared phrase index. */
  phrases: { elements: Element[]; rule: ToneRule }[];
  regexRules: CompiledRegexRule[];
  /** Rules that failed validation or compilation; the others still run. */
  errors: { ruleId: string; error: string }[];
}

/**
 * Validates and compiles pack rules once, so checking a draft never parses a pattern. Rules that
 * run count against RULE_BUDGET in order: the first ones over it get an error and are skipped.
 */
export function compileRules(rules: readonly unknown[], includeDisabled: boolean, parse: RuleParser): CompiledRules {
  return compileAll(rules, includeDisabled, parse).compiled;
}

/**
 * The budget errors of `rules` run by one checker (enabled rules only), by position in `rules`:
 * the dashboard shows them beside the rules that would be skipped.
 */
export function budgetErrorsOf(rules: readonly unknown[], parse: RuleParser): Map<number, string> {
  return compileAll(rules, false, parse).overBudget;
}

function compileAll(rules: readonly unknown[], includeDisabled: boolean, parse: RuleParser) {
  const compiled: CompiledRules = { phrases: [], regexRules: [], errors: [] };
  const overBudget = new Map<number, string>();
  rules.forEach((input, position) => {
    const raw = input as Partial<ToneRuleInput> | null;
    const ruleId = typeof raw?.id === 'string' && raw.id ? raw.id : `rules[${position}]`;
    if (raw?.kind === 'regex' && (raw.enabled !== false || includeDisabled) && compiled.regexRules.length >= RULE_BUDGET.regexRules) {
      // Over the budget anyway: not compiling it keeps a 10,000-rule pack cheap to load.
      compiled.errors.push({ ruleId, error: regexRulesOverBudget() });
      overBudget.set(position, regexRulesOverBudget());
      return;
    }
    const result = compileRule(input, parse);
    if (!result.ok) compiled.errors.push({ ruleId, error: result.error });
    else if (result.rule.enabled || includeDisabled) {
      const error = budgetError(compiled, result);
      if (error) {
        compiled.errors.push({ ruleId, error });
        overBudget.set(position, error);
        return;
      }
      for (const elements of result.phrases) compiled.phrases.push({ elements, rule: result.rule });
      if (result.regex) compiled.regexRules.push(result.regex);
    }
  });
  return { compiled, overBudget };
}

function budgetError(compiled: CompiledRules, result: Extract<RuleResult, { ok: true }>): string | undefined {
  if (result.regex && compiled.regexRules.length >= RULE_BUDGET.regexRules) return regexRulesOverBudget();
  const total = compiled.phrases.length + result.phrases.length;
  if (result.phrases.length && total > RULE_BUDGET.phrases) return phrasesOverBudget(result.phrases.length, total);
  return undefined;
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
