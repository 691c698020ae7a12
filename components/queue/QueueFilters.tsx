import { useId } from 'react';
import type { QueueTranslate } from '../../lib/i18n/queue';
import { ROW_STATES, type QueueFilter, type RowState } from './queue-model';

const STATE_LABELS = { ok: 'stateOk', warning: 'stateWarning', breached: 'stateBreached', snoozed: 'stateSnoozed' } as const;

export function stateLabel(state: RowState, t: QueueTranslate): string {
  return t(STATE_LABELS[state]);
}

interface QueueFiltersProps {
  filter: QueueFilter;
  sites: { key: string; label: string }[];
  /** Rows per state before filtering, shown in the state options. */
  stateCounts: Record<RowState, number>;
  onChange: (filter: QueueFilter) => void;
  t: QueueTranslate;
}

/** Site and state filters as native selects: keyboard and screen readers work without extra code. */
export function QueueFilters({ filter, sites, stateCounts, onChange, t }: QueueFiltersProps) {
  const id = useId();
  return (
    <div className="queue-filters">
      <label className="queue-filter" htmlFor={`${id}-site`}>
        <span>{t('filterSite')}</span>
        <select id={`${id}-site`} value={filter.site} onChange={(event) => onChange({ ...filter, site: event.target.value })}>
          <option value="">{t('allSites')}</option>
          {sites.map((site) => (
            <option key={site.key} value={site.key}>
              {site.label}
            </option>
          ))}
        </select>
      </label>
      <label className="queue-filter" htmlFor={`${id}-state`}>
        <span>{t('filterState')}</span>
        <select
          id={`${id}-state`}
          value={filter.state}
          onChange={(event) => onChange({ ...filter, state: event.target.value as RowState | '' })}
        >
          <option value="">{t('allStates')}</option>
          {ROW_STATES.map((state) => (
            <option key={state} value={state}>
              {stateLabel(state, t)} ({stateCounts[state]})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
