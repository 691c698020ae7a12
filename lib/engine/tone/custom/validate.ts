import type { Finding } from '../../../schema/rules';
import { buildChecker } from '../checker-core';
import { resolveProfile } from '../profile-parse';
import { compileRule } from './compile-rules';
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
