import { useEffect, useId, useRef, useState } from 'react';
import type { ToneFinding } from '../../../lib/engine/tone';
import type { OverlayKey } from '../../../lib/i18n/overlay';
import { useT } from '../i18n';
import { applyFix, ignoreFinding, storedIgnoreAllowed, type IgnoreScope } from './actions';
import { excerptAround } from './excerpt';
import { SeverityMark } from './SeverityMark';
import { shortMessage } from './short-message';

const IGNORE_SCOPES: [IgnoreScope, OverlayKey][] = [
  ['once', 'ignoreOnce'],
  ['thread', 'ignoreThread'],
  ['always', 'ignoreAlways'],
];

/** Personal data may only be ignored "now": see storedIgnoreAllowed. */
const scopesFor = (category: string) => (storedIgnoreAllowed(category) ? IGNORE_SCOPES : IGNORE_SCOPES.slice(0, 1));

function ChevronIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 4l4 4-4 4" />
    </svg>
  );
}

function FixIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d="M3.5 8.5l3 3 6-7" />
    </svg>
  );
}

/**
 * One finding on one line — severity sign, the flagged words, the reason cut to fit — with its
 * fix a click away; the whole message, the words in context and the ignore choices open on
 * demand (a button: Enter and Space toggle it).
 */
export function FindingItem({ finding, text }: { finding: ToneFinding; text: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  const { before, match, after } = excerptAround(text, finding.start, finding.end);
  const fixLabel = finding.fix === undefined ? '' : finding.fix ? t('applyFix', { fix: finding.fix }) : t('applyRemove');

  // Opened details may reach past the bottom of the scrolling list: bring them into view.
  useEffect(() => {
    if (open) itemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);

  return (
    <li
      ref={itemRef}
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
          <span className="finding-chevron"><ChevronIcon /></span>
          <SeverityMark severity={finding.severity} />
          <mark className="finding-words">{match}</mark>
          <span className="finding-message">{shortMessage(finding.message, match)}</span>
        </button>
        {finding.fix !== undefined && (
          // A sign, not a word: «Исправить» would take half of a narrow panel's line. Its name says what it writes.
          <button type="button" className="fix" data-testid="trustops-fix" title={fixLabel} aria-label={fixLabel} onClick={() => applyFix(finding)}>
            <FixIcon />
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
          {finding.fix !== undefined && (
            <button type="button" className="button small fix-named" data-testid="trustops-fix-named" onClick={() => applyFix(finding)}>
              {fixLabel}
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
      )}
    </li>
  );
}
