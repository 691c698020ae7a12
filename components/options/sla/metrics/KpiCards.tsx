import type { Metrics, ReplyTimeStats } from '../../../../lib/engine/sla';
import { plural, t } from '../../i18n';
import { durationText, percentText } from './format';

function ReplyTimeCard({ title, stats, testId }: { title: string; stats: ReplyTimeStats; testId: string }) {
  return (
    <div className="card kpi" data-testid={testId}>
      <h3 className="kpi-title">{title}</h3>
      <p className="kpi-value">
        <span className="kpi-caption">{t('metricsMedian')}</span> <span data-testid={`${testId}-median`}>{durationText(stats.median)}</span>
      </p>
      <p className="kpi-sub">
        {t('metricsP90')} <span data-testid={`${testId}-p90`}>{durationText(stats.p90)}</span> · {plural('replies', stats.count)}
      </p>
    </div>
  );
}

function ShareCard({ title, hint, share, testId }: { title: string; hint: string; share: number | null; testId: string }) {
  return (
    <div className="card kpi" data-testid={testId}>
      <h3 className="kpi-title">{title}</h3>
      <p className="kpi-value" data-testid={`${testId}-value`}>
        {percentText(share)}
      </p>
      <p className="kpi-sub">{hint}</p>
    </div>
  );
}

/** The headline figures: reply times (median, 90th percentile), share within SLA, share without escalation. */
export function KpiCards({ metrics }: { metrics: Metrics }) {
  return (
    <div className="kpis">
      <ReplyTimeCard title={t('metricsFirstReply')} stats={metrics.firstReply} testId="kpi-first" />
      <ReplyTimeCard title={t('metricsNextReply')} stats={metrics.nextReply} testId="kpi-next" />
      <ShareCard title={t('metricsWithinSla')} hint={t('metricsWithinSlaHint')} share={metrics.withinSlaShare} testId="kpi-within" />
      <ShareCard
        title={t('metricsNoEscalation')}
        hint={t('metricsNoEscalationHint')}
        share={metrics.closedWithoutEscalationShare}
        testId="kpi-calm"
      />
    </div>
  );
}
