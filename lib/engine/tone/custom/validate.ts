import type { Finding } from '../../../schema/rules';
import { buildChecker } from '../checker-core';
import { resolveProfile } from '../profile-parse';
import { budgetErrorsOf, compileRule } from './compile-rules';
import { parseRuleWithSchema } from './schema-rule-parser';

/** For the rule editor's live check: is the rule well-formed, and will its pattern compile? */
export function validateRule(rule: unknown): { ok: true } | { ok: false; error: string } {
  const result = compileRule(rule, parseRuleWithSchema);
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

/** The findings one rule alone gives on a sample text (even a disabled rule); [] when invalid. */
export function testRule(rule: unknown, sample: string): Finding[] {
  return buildChecker(resolveProfile(), [rule], { builtins: false, includeDisabled: true, parseRule: parseRuleWithSchema }).check(sample);
}

/**
 * Rules the checker would skip for the budget (budget.ts), by position in `rules` — pass every
 * enabled rule of every enabled pack, in pack order, as the checker gets them.
 */
export function ruleBudgetErrors(rules: readonly unknown[]): Map<number, string> {
  return budgetErrorsOf(rules, parseRuleWithSchema);
}

/**
 * Budget errors of the rules of all packs, by rule object: the checker runs every enabled rule of
 * every enabled pack, in pack order (lib/storage/tone.ts), so a rule is skipped because of the
 * rules before it, possibly in another pack.
 */
export function packBudgetErrors<R extends { enabled?: boolean }>(packs: readonly { enabled: boolean; rules: readonly R[] }[]): Map<R, string> {
  const running = packs.filter((p) => p.enabled).flatMap((p) => p.rules.filter((r) => r.enabled !== false));
  const byRule = new Map<R, string>();
  for (const [position, error] of ruleBudgetErrors(running)) byRule.set(running[position]!, error);
  return byRule;
}
