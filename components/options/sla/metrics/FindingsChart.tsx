import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DialogueKpis } from '../../../../lib/engine/kpi';
import { t } from '../../i18n';
import { categoryText } from '../../tone/labels';
import { shortDate } from './format';
import { kt } from './kpi-i18n';

/** Colours of the categories, most frequent first; categories past the list share the last one. */
const PALETTE = ['#c23a2b', '#2f6fed', '#e69b00', '#2e9e5b', '#8e5bd6', '#00a0b0', '#8a94a6'];

interface FindingsChartProps {
  findings: DialogueKpis['findings'];
  /** Every date of the period (empty when too long to draw day by day). */
  dates: string[];
}

/**
 * Tone findings per category per day as stacked bars, with the per-category totals as a table (the
 * numbers for keyboard and screen-reader users). Says what is counted: findings on sent drafts.
 */
export function FindingsChart({ findings, dates }: FindingsChartProps) {
  const captionId = useId();
  const categories = findings.perCategory.map((c) => c.category);
  const data = useMemo(() => {
    const byDate = new Map(findings.perDay.map((d) => [d.date, d.counts]));
    const days = dates.length ? dates : findings.perDay.map((d) => d.date);
    return days.map((date) => ({ label: shortDate(date), ...Object.fromEntries(categories.map((c) => [c, byDate.get(date)?.[c] ?? 0])) }));
  }, [findings, dates, categories]);

  return (
    <figure className="metrics-chart" aria-labelledby={captionId} data-testid="kpi-findings">
      <p className="field-hint">{kt('findingsWhat')}</p>
      {categories.length === 0 ? (
        <p className="empty">{kt('findingsEmpty')}</p>
      ) : (
        <>
          <div className="metrics-chart-canvas" aria-hidden="true">
            <ResponsiveContainer width="100%" height={200}>
              <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid stroke="#e2e5ea" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#667185' }} tickLine={false} axisLine={{ stroke: '#cbd1da' }} minTickGap={12} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#667185' }} tickLine={false} axisLine={false} />
                <Tooltip cursor={{ fill: '#eaf0fe' }} />
                {categories.map((category, i) => (
                  <Bar
                    key={category}
                    dataKey={category}
                    name={categoryText(category)}
                    stackId="findings"
                    fill={PALETTE[Math.min(i, PALETTE.length - 1)]}
                    maxBarSize={36}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="metrics-table" data-testid="kpi-findings-categories">
            <thead>
              <tr>
                <th scope="col">{kt('findingsCategory')}</th>
                <th scope="col" className="num">
                  {kt('findingsCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {findings.perCategory.map(({ category, count }, i) => (
                <tr key={category} data-category={category}>
                  <th scope="row">
                    <span className="kpi-swatch" style={{ background: PALETTE[Math.min(i, PALETTE.length - 1)] }} aria-hidden="true" />
                    {categoryText(category)}
                  </th>
                  <td className="num">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details className="metrics-details">
            <summary>{t('metricsShowTable')}</summary>
            <table className="metrics-table" data-testid="kpi-findings-days">
              <thead>
                <tr>
                  <th scope="col">{kt('findingsDay')}</th>
                  {categories.map((category) => (
                    <th key={category} scope="col" className="num">
                      {categoryText(category)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {findings.perDay.map(({ date, counts }) => (
                  <tr key={date}>
                    <th scope="row">{shortDate(date)}</th>
                    {categories.map((category) => (
                      <td key={category} className="num">
                        {counts[category] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      <figcaption id={captionId} className="field-hint">
        {kt('findingsCaption', { sent: findings.sentWithFindings, anyway: findings.sentAnyway })}
      </figcaption>
    </figure>
  );
}
