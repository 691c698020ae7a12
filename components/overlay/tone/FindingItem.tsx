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

/** One finding: severity, the engine's message, the flagged words in context, and what to do about it. */
export function FindingItem({ finding, text }: { finding: ToneFinding; text: string }) {
  const t = useT();
  const { before, match, after } = excerptAround(text, finding.start, finding.end);
  return (
    <li
      className={`finding ${finding.severity}`}
      data-testid="trustops-finding"
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
    >
      <div className="finding-head">
        <span className="severity">{t(SEVERITY_LABEL[finding.severity])}</span>
        <span className="finding-message">{finding.message}</span>
      </div>
      <p className="finding-excerpt" data-testid="trustops-finding-excerpt">
        {before}
        <mark>{match}</mark>
        {after}
      </p>
      <div className="finding-actions">
        {finding.fix !== undefined && (
          <button type="button" className="button small" data-testid="trustops-fix" onClick={() => applyFix(finding)}>
            {finding.fix ? t('applyFix', { fix: finding.fix }) : t('applyRemove')}
          </button>
        )}
        <span className="ignore" role="group" aria-label={t('ignoreLabel')}>
          <span aria-hidden="true">{t('ignoreLabel')}</span>
          {scopesFor(finding.category).map(([scope, label]) => (
            <button key={scope} type="button" className="link-button" data-testid={`trustops-ignore-${scope}`} onClick={() => void ignoreFinding(finding, scope)}>
              {t(label)}
            </button>
          ))}
        </span>
      </div>
    </li>
  );
}
