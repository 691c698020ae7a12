import { ToneRuleSchema, type Finding } from '../../../schema/rules';
import { buildChecker } from '../checker';
import { resolveProfile } from '../profile';
import { compilePhraseRule } from './phrase-rule';
import { compileRegex } from './regex-rule';

/** For the rule editor's live check: is the rule well-formed, and will its pattern compile? */
export function validateRule(rule: unknown): { ok: true } | { ok: false; error: string } {
  const parsed = ToneRuleSchema.safeParse(rule);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'rule'}: ${i.message}`).join('; ') };
  const valid = parsed.data;
  if (valid.kind === 'phrase') {
    const compiled = compilePhraseRule(valid);
    return compiled.ok ? { ok: true } : { ok: false, error: compiled.error };
  }
  try {
    compileRegex(valid.pattern!, valid.flags);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** The findings one rule alone gives on a sample text (even a disabled rule); [] when invalid. */
export function testRule(rule: unknown, sample: string): Finding[] {
  const checker = buildChecker(resolveProfile(), [rule as never], { builtins: false, includeDisabled: true });
  return checker.check(sample);
}
