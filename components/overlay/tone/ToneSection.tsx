import type { ToneFinding } from '../../../lib/engine/tone';
import { useT } from '../i18n';
import { FindingItem } from './FindingItem';
import { HeldSend } from './HeldSend';
import { useTone } from './store';

const RANK: Record<ToneFinding['severity'], number> = { block: 0, warn: 1, info: 2 };

/** Blocks first (they are why a send is held), then warnings and tips; in draft order within each. */
const bySeverity = (findings: readonly ToneFinding[]) => [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start);

/** The tone side of the overlay: a held send first, then the findings of the draft. */
export function ToneSection() {
  const t = useT();
  const findings = useTone((s) => s.findings);
  const text = useTone((s) => s.text);
  const fixFailed = useTone((s) => s.fixFailed);
  if (findings.length === 0 && !fixFailed) return <HeldSend />;
  return (
    <div className="tone" data-testid="trustops-tone">
      <HeldSend />
      {fixFailed && (
        <div className="notice copied" role="alert" data-testid="trustops-fix-failed">{t('fixFailed')}</div>
      )}
      {findings.length > 0 && (
        <ul className="findings" aria-label={t('findingsLabel')}>
          {bySeverity(findings).map((finding) => (
            <FindingItem key={`${finding.ruleId}:${finding.start}:${finding.end}`} finding={finding} text={text} />
          ))}
        </ul>
      )}
    </div>
  );
}
