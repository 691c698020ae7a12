import type { Metrics, ReplyTimeStats } from '../../../../lib/engine/sla';
import { plural, t } from '../../i18n';
import { durationText, percentText } from './format';

function ReplyTimeCard({ title, stats, testId, workdayMs }: { title: string; stats: ReplyTimeStats; testId: string; workdayMs?: number }) {
  return (
    <div className="card kpi" data-testid={testId}>
      <h3 className="kpi-title">{title}</h3>
      <p className="kpi-value">
        <span className="kpi-caption">{t('metricsMedian')}</span> <span data-testid={`${testId}-median`}>{durationText(stats.median, workdayMs)}</span>
      </p>
      <p className="kpi-sub">
        {t('metricsP90')} <span data-testid={`${testId}-p90`}>{durationText(stats.p90, workdayMs)}</span> · {plural('replies', stats.count)}
      </p>
    </div>
  );
}

function ShareCard({ title, hint, share, testId, note }: { title: string; hint: string; share: number | null; testId: string; note?: string }) {
  return (
    <div className="card kpi" data-testid={testId}>
      <h3 className="kpi-title">{title}</h3>
      <p className="kpi-value" data-testid={`${testId}-value`}>
        {percentText(share)}
      </p>
      <p className="kpi-sub">{hint}</p>
      {note && (
        <p className="kpi-sub kpi-alert" data-testid={`${testId}-note`}>
          {note}
        </p>
      )}
    </div>
  );
}

/**
 * The headline figures: reply times (median, 90th percentile; a working day or more in working days),
 * share on time (threads overdue now count as missed), share without escalation.
 */
export function KpiCards({ metrics, workdayMs }: { metrics: Metrics; workdayMs?: number }) {
  return (
    <div className="kpis">
      <ReplyTimeCard title={t('metricsFirstReply')} stats={metrics.firstReply} workdayMs={workdayMs} testId="kpi-first" />
      <ReplyTimeCard title={t('metricsNextReply')} stats={metrics.nextReply} workdayMs={workdayMs} testId="kpi-next" />
      <ShareCard
        title={t('metricsWithinSla')}
        hint={t('metricsWithinSlaHint')}
        share={metrics.withinSlaShare}
        note={metrics.openBreaches ? t('metricsOverdueNow', { n: metrics.openBreaches }) : undefined}
        testId="kpi-within"
      />
      <ShareCard
        title={t('metricsNoEscalation')}
        hint={t('metricsNoEscalationHint')}
        share={metrics.closedWithoutEscalationShare}
        testId="kpi-calm"
      />
    </div>
  );
}
