import { useId, useRef } from 'react';
import type { ToneFinding } from '../../../lib/engine/tone';
import { categoryText } from '../../../lib/i18n/categories';
import { pluralText } from '../../../lib/i18n/translate';
import { useT } from '../i18n';
import { useOverlay } from '../useOverlay';
import { FindingItem } from './FindingItem';
import { findingListKey, groupFindings } from './finding-groups';
import { useHiddenBelow } from './useHiddenBelow';

/**
 * The draft's findings grouped by category (worst group first) with a count each, in an area of
 * capped height with its own scroll, so the suggestions and the timer under it stay in view. While
 * rows are cut off below, a "N more" cue says so; it scrolls them into view.
 */
export function FindingGroups({ findings, text }: { findings: readonly ToneFinding[]; text: string }) {
  const t = useT();
  const lang = useOverlay((s) => s.lang);
  const listId = useId();
  const areaRef = useRef<HTMLDivElement>(null);
  const cueRef = useRef<HTMLButtonElement>(null);
  const { hidden, reveal } = useHiddenBelow(areaRef, cueRef, findings);
  return (
    <>
      <div className="finding-scroll" ref={areaRef} data-testid="trustops-findings">
        <ul className="finding-groups" id={listId} aria-label={t('findingsLabel')}>
          {groupFindings(findings).map((group) => {
            const name = categoryText(group.category, lang);
            return (
              <li
                key={group.category}
                className={`finding-group ${group.severity}`}
                data-testid="trustops-finding-group"
                data-category={group.category}
                data-count={group.findings.length}
              >
                <div className="group-head">
                  <span className="group-name">{name}</span>
                  <span className="group-count" aria-hidden="true">{group.findings.length}</span>
                  <span className="visually-hidden">{pluralText(t, lang, 'findingsCount', group.findings.length)}</span>
                </div>
                <ul className="findings" aria-label={name}>
                  {group.findings.map((finding) => <FindingItem key={findingListKey(finding)} finding={finding} text={text} />)}
                </ul>
              </li>
            );
          })}
        </ul>
      </div>
      {hidden > 0 && (
        <button ref={cueRef} type="button" className="findings-more" data-testid="trustops-findings-more" data-count={hidden} aria-controls={listId} onClick={reveal}>
          {pluralText(t, lang, 'findingsMore', hidden)}
          <span aria-hidden="true" className="findings-more-arrow">↓</span>
        </button>
      )}
    </>
  );
}
