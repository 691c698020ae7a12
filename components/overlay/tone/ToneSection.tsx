import { useState } from 'react';
import { categoryText } from '../../../lib/i18n/categories';
import { pluralText } from '../../../lib/i18n/translate';
import { useOverlay } from '../useOverlay';
import { useT } from '../i18n';
import { FindingItem } from './FindingItem';
import { applyAllFixes } from './fix-all';
import { findingListKey, groupFindings } from './finding-groups';
import { HeldSend } from './HeldSend';
import { useTone } from './store';

/** Rows shown before "N more": the suggestions and the timer stay in view under a long list. */
export const VISIBLE_FINDINGS = 4;

/**
 * The tone side of the overlay: a held send first, then the draft's findings grouped by category
 * (worst first) with a count each, one line per finding, "fix all" where fixes exist, and the rest
 * of a long list behind "N more".
 */
export function ToneSection() {
  const t = useT();
  const lang = useOverlay((s) => s.lang);
  const findings = useTone((s) => s.findings);
  const text = useTone((s) => s.text);
  const fixFailed = useTone((s) => s.fixFailed);
  const [showAll, setShowAll] = useState(false);
  if (findings.length === 0 && !fixFailed) return <HeldSend />;
  const fixable = findings.filter((finding) => finding.fix !== undefined).length;
  let budget = showAll ? Infinity : VISIBLE_FINDINGS;
  const hidden = Math.max(0, findings.length - budget);
  return (
    <div className="tone" data-testid="trustops-tone">
      <HeldSend />
      {fixFailed && (
        <div className="notice copied" role="alert" data-testid="trustops-fix-failed">{t('fixFailed')}</div>
      )}
      {fixable > 1 && (
        <div className="tone-tools">
          <button type="button" className="button small" data-testid="trustops-fix-all" onClick={() => void applyAllFixes(findings)}>
            {t('fixAll', { n: fixable })}
          </button>
        </div>
      )}
      {findings.length > 0 && (
        <ul className="finding-groups" aria-label={t('findingsLabel')}>
          {groupFindings(findings).map((group) => {
            const shown = group.findings.slice(0, Math.max(0, budget));
            budget -= shown.length;
            if (shown.length === 0) return null;
            return (
              <li key={group.category} className={`finding-group ${group.severity}`} data-testid="trustops-finding-group" data-category={group.category} data-count={group.findings.length}>
                <div className="group-head">
                  <span className="group-name">{categoryText(group.category, lang)}</span>
                  <span className="group-count">{group.findings.length}</span>
                </div>
                <ul className="findings">
                  {shown.map((finding) => <FindingItem key={findingListKey(finding)} finding={finding} text={text} />)}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className="link-button findings-more" data-testid="trustops-findings-more" aria-expanded="false" onClick={() => setShowAll(true)}>
          {pluralText(t, lang, 'findingsMore', hidden)}
        </button>
      )}
    </div>
  );
}
