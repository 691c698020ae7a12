import type { ToneFinding } from '../../../lib/engine/tone';

/** The audit request accepts this much of each finding's text. */
const MAX_EXCERPT = 200;

/**
 * What the audit trail keeps of a finding sent anyway: the flagged words, except that personal
 * data is masked (all but its last four letters or digits), so the trail does not become one
 * more place that holds a customer's card or passport number.
 */
export function auditExcerpt(finding: Pick<ToneFinding, 'category' | 'start' | 'end'>, text: string): string {
  const matched = text.slice(finding.start, finding.end);
  if (!finding.category.startsWith('pii.')) return matched.slice(0, MAX_EXCERPT);
  let kept = 0;
  const masked = Array.from(matched)
    .reverse()
    .map((char) => (/[\p{L}\p{N}]/u.test(char) && ++kept > 4 ? '•' : char))
    .reverse()
    .join('');
  return masked.slice(0, MAX_EXCERPT);
}
