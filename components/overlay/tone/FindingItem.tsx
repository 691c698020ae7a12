import { useId, useState } from 'react';
import type { ToneFinding } from '../../../lib/engine/tone';
import type { OverlayKey } from '../../../lib/i18n/overlay';
import { useT } from '../i18n';
import { applyFix, ignoreFinding, storedIgnoreAllowed, type IgnoreScope } from './actions';
import { excerptAround } from './excerpt';

const SEVERITY_LABEL: Record<ToneFinding['severity'], OverlayKey> = {
  block: 'severityBlock',
  warn: 'severityWarn',
  info: 'severityInfo',
};
const IGNORE_SCOPES: [IgnoreScope, OverlayKey][] = [
  ['once', 'ignoreOnce'],
  ['thread', 'ignoreThread'],
  ['always', 'ignoreAlways'],
];

/** Personal data may only be ignored "now": see storedIgnoreAllowed. */
const scopesFor = (category: string) => (storedIgnoreAllowed(category) ? IGNORE_SCOPES : IGNORE_SCOPES.slice(0, 1));

/**
 * One finding on one line — severity, the flagged words, the message cut to fit — with its fix a
 * click away; the whole message, the words in context and the ignore choices open on demand.
 */
export function FindingItem({ finding, text }: { finding: ToneFinding; text: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { before, match, after } = excerptAround(text, finding.start, finding.end);
  const fixLabel = finding.fix === undefined ? '' : finding.fix ? t('applyFix', { fix: finding.fix }) : t('applyRemove');
  return (
    <li
      className={`finding ${finding.severity}${open ? ' open' : ''}`}
      data-testid="trustops-finding"
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
    >
      <div className="finding-line">
        <button
          type="button"
          className="finding-toggle"
          aria-expanded={open}
          aria-controls={detailsId}
          data-testid="trustops-finding-toggle"
          onClick={() => setOpen(!open)}
        >
          <span className="severity">{t(SEVERITY_LABEL[finding.severity])}</span>
          <mark className="finding-words">{match}</mark>
          <span className="finding-message">{finding.message}</span>
        </button>
        {finding.fix !== undefined && (
          <button type="button" className="button small fix" data-testid="trustops-fix" title={fixLabel} aria-label={fixLabel} onClick={() => applyFix(finding)}>
            {t('fixShort')}
          </button>
        )}
      </div>
      {open && (
        <div className="finding-details" id={detailsId}>
          <p className="finding-full">{finding.message}</p>
          <p className="finding-excerpt" data-testid="trustops-finding-excerpt">
            {before}
            <span className="excerpt-match">{match}</span>
            {after}
          </p>
          {finding.fix && <p className="finding-fix-preview">{fixLabel}</p>}
          <span className="ignore" role="group" aria-label={t('ignoreLabel')}>
            <span aria-hidden="true">{t('ignoreLabel')}</span>
            {scopesFor(finding.category).map(([scope, label]) => (
              <button key={scope} type="button" className="link-button" data-testid={`trustops-ignore-${scope}`} onClick={() => void ignoreFinding(finding, scope)}>
                {t(label)}
              </button>
            ))}
          </span>
        </div>
      )}
    </li>
  );
}
