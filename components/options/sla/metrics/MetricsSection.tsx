import { useMemo, useState } from 'react';
import { computeDialogueKpis, dialogueKpiCsv } from '../../../../lib/engine/kpi';
import { computeMetrics, metricsToCsv, workdayMsOf } from '../../../../lib/engine/sla';
import { t } from '../../i18n';
import { downloadText } from '../../library/download';
import { useClock } from '../../../queue/useClock';
import { DialogueKpisBlock } from './DialogueKpisBlock';
import { KpiCards } from './KpiCards';
import { PerDayChart } from './PerDayChart';
import { PlatformTable } from './PlatformTable';
import { RangePicker } from './RangePicker';
import { dayRangeOf, defaultCustomRange, type RangeChoice } from './range';
import { useKpiInput } from './useKpiInput';
import { useReplies } from './useReplies';
import '../sla.css'; // the SLA header and card body, shared with this section
import './metrics.css';
import { MetricsCard } from './MetricsCard';

/** "Today" only needs to follow the date. */
const CLOCK_TICK_MS = 60_000;

/** Dialogue KPIs over a period: reply times, share within SLA, per platform and per day; CSV export. */
export function MetricsSection() {
  const { status, error, policy, replies, openBreaches } = useReplies();
  const { now } = useClock(CLOCK_TICK_MS);
  const [choice, setChoice] = useState<RangeChoice>(() => ({ preset: '7d', ...defaultCustomRange(now, policy.timezone) }));
  const range = useMemo(() => dayRangeOf(choice, now, policy.timezone), [choice, now, policy.timezone]);
  const metrics = useMemo(
    () =>
      typeof range === 'string' ? null : computeMetrics(replies, { from: range.from, to: range.to, timezone: policy.timezone, openBreaches }),
    [replies, openBreaches, range, policy.timezone],
  );
  const kpiInput = useKpiInput();
  const kpis = useMemo(
    () =>
      typeof range === 'string' || kpiInput.status !== 'ready'
        ? null
        : computeDialogueKpis(kpiInput.input, { from: range.from.getTime(), to: range.to.getTime(), timezone: policy.timezone, now }),
    [kpiInput, range, policy.timezone, now],
  );
  const replyCount = metrics ? metrics.firstReply.count + metrics.nextReply.count : 0;
  // Overdue threads are worth showing even in a period without replies: "on time" is 0 % then.
  const hasData = replyCount > 0 || (metrics?.openBreaches ?? 0) > 0;
  const rangeError = range === 'incomplete' ? t('metricsRangeIncomplete') : range === 'reversed' ? t('metricsRangeReversed') : undefined;

  const exportCsv = () => {
    if (!metrics || typeof range === 'string') return;
    const name = `trustops-metrics-${range.dates[0] ?? 'from'}-${range.dates[range.dates.length - 1] ?? 'to'}.csv`;
    // The dialogue KPI rows follow the SLA rows in the same three columns.
    downloadText(name, metricsToCsv(metrics) + (kpis ? dialogueKpiCsv(kpis) : ''), 'text/csv;charset=utf-8');
  };

  return (
    <div className="section metrics">
      <header className="section-header sla-header">
        <div>
          <h1>{t('metricsTitle')}</h1>
          <p className="lead">{t('metricsLead', { zone: policy.timezone })}</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button button-small" disabled={!replyCount} onClick={exportCsv}>
            {t('exportCsv')}
          </button>
        </div>
      </header>
      <RangePicker choice={choice} error={rangeError} onChange={setChoice} />
      {status === 'loading' && <p className="empty">{t('loading')}</p>}
      {status === 'error' && (
        <p className="import-result import-failed" role="alert">
          {t('metricsLoadFailed', { error: error ?? '' })}
        </p>
      )}
      {status === 'ready' && metrics && !hasData && (
        <div className="card empty" data-testid="metrics-empty">
          <p className="metrics-empty-title">{t('metricsEmpty')}</p>
          <p>{t('metricsEmptyHint')}</p>
          {choice.preset !== '30d' && (
            <button type="button" className="button button-small metrics-empty-action" onClick={() => setChoice({ ...choice, preset: '30d' })}>
              {t('metricsTry30')}
            </button>
          )}
        </div>
      )}
      {status === 'ready' && metrics && hasData && typeof range !== 'string' && (
        <>
          <KpiCards metrics={metrics} workdayMs={workdayMsOf(policy)} />
          <div className="metrics-grid">
            <MetricsCard id="metrics-days-title" title={t('metricsPerDay')}>
              <PerDayChart perDay={metrics.perDay} dates={range.dates} crisisDays={kpis?.crisisDays} />
            </MetricsCard>
            <MetricsCard id="metrics-platforms-title" title={t('metricsPerPlatform')}>
              <PlatformTable perPlatform={metrics.perPlatform} />
            </MetricsCard>
          </div>
        </>
      )}
      {typeof range !== 'string' && (
        <DialogueKpisBlock state={kpiInput.status === 'error' ? { error: kpiInput.error } : kpis} dates={range.dates} timezone={policy.timezone} />
      )}
    </div>
  );
}
