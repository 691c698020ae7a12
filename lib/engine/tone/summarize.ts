import type { Finding } from '../../schema/rules';

/** Traffic light for the panel: any block holds the send; info findings never count. */
export function summarize(findings: Finding[]): { status: 'clean' | 'warn' | 'blocked'; warnings: number; blocks: number } {
  let warnings = 0;
  let blocks = 0;
  for (const finding of findings) {
    if (finding.severity === 'block') blocks++;
    else if (finding.severity === 'warn') warnings++;
  }
  return { status: blocks ? 'blocked' : warnings ? 'warn' : 'clean', warnings, blocks };
}
