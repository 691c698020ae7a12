import type { Ref } from 'react';
import { useT } from './i18n';
import { suggestionItems, useSuggest } from './suggest/store';
import { ToneStatus } from './tone/ToneStatus';

interface Props {
  measureRef: Ref<HTMLButtonElement>;
  onExpand: () => void;
}

/** The collapsed panel: a small pill with the number of suggestions ready. */
export function CollapsedChip({ measureRef, onExpand }: Props) {
  const t = useT();
  const count = useSuggest((s) => suggestionItems(s).length);
  return (
    <button ref={measureRef} type="button" className="chip" data-measure="chip" data-testid="trustops-chip" aria-label={t('chipLabel')} onClick={onExpand}>
      <span className="logo" aria-hidden="true">T</span>
      {t('chip')}
      {count > 0 && <span className="chip-count">{count}</span>}
      <ToneStatus />
    </button>
  );
}
