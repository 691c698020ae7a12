import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../../i18n';
import { shortDate } from './format';
import { kt } from './kpi-i18n';

interface PerDayChartProps {
  perDay: { date: string; count: number }[];
  /** Every date of the period (empty when too long to draw day by day): days without replies show as 0. */
  dates: string[];
  /** Days of a crisis period ("YYYY-MM-DD"): shaded behind the bars and marked in the table. */
  crisisDays?: readonly string[];
}

/** Runs of consecutive crisis days among the drawn days, as the first and last day's axis labels. */
function crisisRuns(data: { label: string; crisis: boolean }[]): { x1: string; x2: string }[] {
  const runs: { x1: string; x2: string }[] = [];
  data.forEach((d, i) => {
    if (!d.crisis) return;
    if (i > 0 && data[i - 1]!.crisis) runs[runs.length - 1]!.x2 = d.label;
    else runs.push({ x1: d.label, x2: d.label });
  });
  return runs;
}

/** Replies per day as bars, with the same numbers in a table for keyboard and screen-reader users. */
export function PerDayChart({ perDay, dates, crisisDays = [] }: PerDayChartProps) {
  const captionId = useId();
  const data = useMemo(() => {
    const counts = new Map(perDay.map((d) => [d.date, d.count]));
    const days = dates.length ? dates : perDay.map((d) => d.date);
    const crisis = new Set(crisisDays);
    return days.map((date) => ({ date, label: shortDate(date), count: counts.get(date) ?? 0, crisis: crisis.has(date) }));
  }, [perDay, dates, crisisDays]);
  const runs = useMemo(() => crisisRuns(data), [data]);
  const busiest = data.reduce((best, d) => (d.count > best.count ? d : best), data[0] ?? { label: '', count: 0 });

  return (
    <figure className="metrics-chart" aria-labelledby={captionId}>
      <div className="metrics-chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#e2e5ea" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#667185' }} tickLine={false} axisLine={{ stroke: '#cbd1da' }} minTickGap={12} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#667185' }} tickLine={false} axisLine={false} />
            {runs.map(({ x1, x2 }) => (
              <ReferenceArea key={x1} x1={x1} x2={x2} fill="#c23a2b" fillOpacity={0.1} stroke="none" ifOverflow="extendDomain" />
            ))}
            <Tooltip cursor={{ fill: '#eaf0fe' }} formatter={(value) => [String(value), t('metricsReplies')]} />
            <Bar dataKey="count" fill="#2f6fed" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {runs.length > 0 && (
        <p className="metrics-legend" data-testid="metrics-crisis-legend">
          <span className="kpi-crisis-swatch" aria-hidden="true" /> {kt('crisisLegend')}
        </p>
      )}
      <figcaption id={captionId} className="field-hint">
        {t('metricsPerDayCaption', { max: busiest.count, day: busiest.label })}
      </figcaption>
      <details className="metrics-details">
        <summary>{t('metricsShowTable')}</summary>
        <table className="metrics-table" data-testid="metrics-days">
          <thead>
            <tr>
              <th scope="col">{t('metricsDay')}</th>
              <th scope="col" className="num">
                {t('metricsReplies')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.date}>
                <th scope="row">
                  {d.label}
                  {d.crisis && <span className="kpi-crisis-mark"> · {kt('crisisDayMark')}</span>}
                </th>
                <td className="num">{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
