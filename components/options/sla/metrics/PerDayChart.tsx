import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../../i18n';
import { shortDate } from './format';

interface PerDayChartProps {
  perDay: { date: string; count: number }[];
  /** Every date of the period (empty when too long to draw day by day): days without replies show as 0. */
  dates: string[];
}

/** Replies per day as bars, with the same numbers in a table for keyboard and screen-reader users. */
export function PerDayChart({ perDay, dates }: PerDayChartProps) {
  const captionId = useId();
  const data = useMemo(() => {
    const counts = new Map(perDay.map((d) => [d.date, d.count]));
    const days = dates.length ? dates : perDay.map((d) => d.date);
    return days.map((date) => ({ date, label: shortDate(date), count: counts.get(date) ?? 0 }));
  }, [perDay, dates]);
  const busiest = data.reduce((best, d) => (d.count > best.count ? d : best), data[0] ?? { label: '', count: 0 });

  return (
    <figure className="metrics-chart" aria-labelledby={captionId}>
      <div className="metrics-chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#e2e5ea" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#667185' }} tickLine={false} axisLine={{ stroke: '#cbd1da' }} minTickGap={12} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#667185' }} tickLine={false} axisLine={false} />
            <Tooltip cursor={{ fill: '#eaf0fe' }} formatter={(value) => [String(value), t('metricsReplies')]} />
            <Bar dataKey="count" fill="#2f6fed" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
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
                <th scope="row">{d.label}</th>
                <td className="num">{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
