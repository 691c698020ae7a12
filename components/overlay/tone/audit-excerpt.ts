import type { ToneFinding } from '../../../lib/engine/tone';
import { isPersonal, maskPersonal } from '../../../lib/engine/tone/personal';

/** The audit request accepts this much of each finding's text. */
const MAX_EXCERPT = 200;

/**
 * What the audit trail keeps of a finding sent anyway: the flagged words, except that personal
 * data is masked (all but its last four letters or digits), so the trail does not become one
 * more place that holds a customer's card or passport number. The storage layer masks again.
 */
export function auditExcerpt(finding: Pick<ToneFinding, 'category' | 'start' | 'end'>, text: string): string {
  const matched = text.slice(finding.start, finding.end);
  return (isPersonal(finding) ? maskPersonal(matched) : matched).slice(0, MAX_EXCERPT);
}
