import type { Ref } from 'react';
import { formatDuration } from '../../lib/engine/sla/duration';
import { summarize } from '../../lib/engine/tone/summarize';
import type { Lang } from '../../lib/i18n/translate';
import { useChipClock } from './chip/useChipClock';
import { useT } from './i18n';
import { BlockedIcon, WarnIcon } from './icons';
import { slaTimerTranslator } from './thread/sla/sla-timer-texts';
import { describeLeft } from './thread/sla/timer-model';
import { suggestionItems, useSuggest } from './suggest/store';
import { useTone } from './tone/store';
import { useOverlay } from './useOverlay';

interface Props {
  measureRef: Ref<HTMLButtonElement>;
  onExpand: () => void;
}

/**
 * The compact panel at the composer's corner: the number of suggestions ready, the draft's
 * findings (warnings and blockers) and the thread's reply timer, so that nothing the panel would
 * say is hidden by collapsing it. Its accessible name says all three in words.
 */
export function CollapsedChip({ measureRef, onExpand }: Props) {
  const t = useT();
  const lang = useOverlay((s) => s.lang);
  const suggestions = useSuggest((s) => suggestionItems(s).length);
  const findings = useTone((s) => (s.context === 'ready' && s.text.trim() !== '' ? s.findings : null));
  const clock = useChipClock();

  const tone = findings && summarize(findings);
  const findingsCount = tone ? tone.warnings + tone.blocks : 0;
  const timerText = clock && describeLeft(clock.leftMs, lang, slaTimerTranslator(lang), clock.workdayMs);
  const name = [
    t('chipLabel'),
    t('chipSuggestions', { n: suggestions }),
    tone && t('chipFindings', { n: findingsCount }),
    timerText && timerText[0]!.toUpperCase() + timerText.slice(1),
  ].filter(Boolean).join('. ');
  const FindingIcon = tone?.status === 'blocked' ? BlockedIcon : WarnIcon;

  return (
    <button ref={measureRef} type="button" className="chip" data-measure="chip" data-testid="trustops-chip" aria-label={name} title={name} onClick={onExpand}>
      <span className="logo" aria-hidden="true">T</span>
      {t('chip')}
      <span className="chip-count" data-testid="trustops-chip-suggestions">{suggestions}</span>
      {tone && findingsCount > 0 && (
        <span className={`chip-findings ${tone.status}`} data-testid="trustops-chip-findings">
          <FindingIcon />
          {findingsCount}
        </span>
      )}
      {clock && (
        <span className={`chip-timer ${clock.colour}`} data-testid="trustops-chip-timer" data-state={clock.colour}>
          {formatChipTime(clock.leftMs, lang, clock.workdayMs)}
        </span>
      )}
    </button>
  );
}

/** «1 ч 25 мин» left, «−10 мин» overdue; under a minute either way reads «<1 мин». */
function formatChipTime(leftMs: number, lang: Lang, workdayMs: number | undefined): string {
  const sign = leftMs < 0 ? '−' : '';
  if (Math.abs(leftMs) < 60_000) return `${sign}<${formatDuration(60_000, lang)}`;
  return sign + formatDuration(Math.abs(leftMs), lang, workdayMs);
}
