import { foldWord } from '../text';
import type { Finding } from '../../schema/rules';

/**
 * A stable key to ignore a finding by: rule id + the matched text in lower case, ё as е, spaces collapsed.
 * The same words flagged again in another draft get the same key. Length findings cover the
 * overflow, which changes with every keystroke, so their key is the rule id alone.
 */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'category' | 'start' | 'end'>, text: string): string {
  if (finding.category === 'length') return finding.ruleId;
  const matched = foldWord(text.slice(finding.start, finding.end)).replace(/\s+/g, ' ').trim();
  return `${finding.ruleId}|${matched}`;
}
