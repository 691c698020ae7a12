import { formatIssues } from '../../../schema/issues';
import { ToneRuleSchema } from '../../../schema/rules';
import type { RuleParser } from './rule-parser';

/** Checks a rule against ToneRuleSchema (ids, severities, phrase/regex fields, defaults). */
export const parseRuleWithSchema: RuleParser = (input) => {
  const parsed = ToneRuleSchema.safeParse(input);
  return parsed.success ? { ok: true, rule: parsed.data } : { ok: false, error: formatIssues(parsed.error).join('; ') };
};
