import { summarize } from '../../../lib/engine/tone';
import type { Finding } from '../../../lib/schema/rules';
import { t } from '../i18n';
import { excerptAround } from './excerpt';
import { categoryText, severityLabel } from './labels';

interface FindingListProps {
  /** The text the findings' offsets refer to. */
  text: string;
  findings: readonly Finding[];
  /** Said when there is nothing to report. */
  emptyText: string;
}

/**
 * Findings with the matched words highlighted. The draft is user text: it is rendered as three
 * React text nodes (before, match, after), never as HTML.
 */
export function FindingList({ text, findings, emptyText }: FindingListProps) {
  if (!findings.length)
    return (
      <p className="finding-none" data-testid="finding-none">
        {emptyText}
      </p>
    );
  const { status } = summarize([...findings]);
  return (
    <>
      <p className={`finding-summary finding-summary-${status}`}>
        {status === 'blocked' ? t('findingsBlocked') : status === 'warn' ? t('findingsWarn') : t('findingsInfo')}
      </p>
      <ul className="finding-list">
        {findings.map((finding, i) => {
          const { before, match, after } = excerptAround(text, finding.start, finding.end);
          return (
            <li key={`${finding.ruleId}:${finding.start}:${i}`} className="finding" data-testid="tone-finding">
              <div className="finding-head">
                <span className={`severity severity-${finding.severity}`}>{severityLabel(finding.severity)}</span>
                <span className="finding-category-label" data-category={finding.category} title={finding.category}>
                  {categoryText(finding.category)}
                </span>
              </div>
              <p className="finding-message">{finding.message}</p>
              <p className="finding-excerpt">
                <span>{before}</span>
                <span className="finding-match" data-testid="finding-match">
                  {match}
                </span>
                <span>{after}</span>
              </p>
              {finding.fix !== undefined && <p className="finding-fix">{t('findingFix', { fix: finding.fix })}</p>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
