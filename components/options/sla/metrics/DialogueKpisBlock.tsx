import type { DialogueKpis } from '../../../../lib/engine/kpi';
import { t } from '../../i18n';
import { CrisisPeriods } from './CrisisPeriods';
import { DialogueKpiCards, IdeasPerMonth } from './DialogueKpis';
import { FindingsChart } from './FindingsChart';
import { kt } from './kpi-i18n';
import { MetricsCard } from './MetricsCard';

interface DialogueKpisBlockProps {
  /** The KPIs of the period, an error reading them, or null while loading. */
  state: DialogueKpis | { error: string } | null;
  dates: string[];
  timezone: string;
}

/** The dialogue KPIs part of the metrics page: cards, ideas per month, tone findings, crisis periods. */
export function DialogueKpisBlock({ state, dates, timezone }: DialogueKpisBlockProps) {
  return (
    <section className="kpi-dialogue" aria-labelledby="kpi-dialogue-title" data-testid="kpi-dialogue">
      <h2 id="kpi-dialogue-title" className="kpi-dialogue-title">
        {kt('title')}
      </h2>
      {state === null && <p className="empty">{t('loading')}</p>}
      {state !== null && 'error' in state && (
        <p className="import-result import-failed" role="alert">
          {kt('loadFailed', { error: state.error })}
        </p>
      )}
      {state !== null && !('error' in state) && (
        <>
          <DialogueKpiCards kpis={state} />
          <div className="metrics-grid">
            <MetricsCard id="kpi-findings-title" title={kt('findingsTitle')}>
              <FindingsChart findings={state.findings} dates={dates} />
            </MetricsCard>
            <div className="kpi-side">
              <MetricsCard id="kpi-ideas-title" title={kt('ideasPerMonth')}>
                <IdeasPerMonth ideas={state.ideas} />
              </MetricsCard>
              <MetricsCard id="kpi-crisis-title" title={kt('crisisTitle')}>
                <CrisisPeriods periods={state.crisisPeriods} timezone={timezone} />
              </MetricsCard>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
