import type { ToneFinding } from '../../../lib/engine/tone';

export interface FindingGroup {
  category: string;
  /** The group's worst severity: it decides the group's place and colour. */
  severity: ToneFinding['severity'];
  findings: ToneFinding[];
}

const RANK: Record<ToneFinding['severity'], number> = { block: 0, warn: 1, info: 2 };

/**
 * Findings grouped by category, worst group first (blocks are why a send is held), then in draft
 * order; within a group, severity first, then draft order.
 */
export function groupFindings(findings: readonly ToneFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.category);
    if (!group) groups.set(finding.category, { category: finding.category, severity: finding.severity, findings: [finding] });
    else {
      group.findings.push(finding);
      if (RANK[finding.severity] < RANK[group.severity]) group.severity = finding.severity;
    }
  }
  const bySeverity = (a: ToneFinding, b: ToneFinding) => RANK[a.severity] - RANK[b.severity] || a.start - b.start;
  for (const group of groups.values()) group.findings.sort(bySeverity);
  return [...groups.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.findings[0]!.start - b.findings[0]!.start,
  );
}

/** A stable key of one finding in the list. */
export const findingListKey = (finding: ToneFinding) => `${finding.ruleId}:${finding.start}:${finding.end}`;
