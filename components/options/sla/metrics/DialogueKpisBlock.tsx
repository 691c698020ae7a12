import type { DialogueKpis } from '../../../../lib/engine/kpi';
import { t } from '../../i18n';
import { CrisisPeriods } from './CrisisPeriods';
import { DialogueKpiCards, IdeasPerMonth } from './DialogueKpis';
import { FindingsChart } from './FindingsChart';
import { kt } from './kpi-i18n';

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
            <section className="card" aria-labelledby="kpi-findings-title">
              <header className="card-header">
                <h2 id="kpi-findings-title">{kt('findingsTitle')}</h2>
              </header>
              <div className="sla-card-body">
                <FindingsChart findings={state.findings} dates={dates} />
              </div>
            </section>
            <div className="kpi-side">
              <section className="card" aria-labelledby="kpi-ideas-title">
                <header className="card-header">
                  <h2 id="kpi-ideas-title">{kt('ideasPerMonth')}</h2>
                </header>
                <div className="sla-card-body">
                  <IdeasPerMonth ideas={state.ideas} />
                </div>
              </section>
              <section className="card" aria-labelledby="kpi-crisis-title">
                <header className="card-header">
                  <h2 id="kpi-crisis-title">{kt('crisisTitle')}</h2>
                </header>
                <div className="sla-card-body">
                  <CrisisPeriods periods={state.crisisPeriods} timezone={timezone} />
                </div>
              </section>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
