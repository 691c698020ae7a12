import { useId, useMemo, type CSSProperties } from 'react';
import { CartesianGrid, Label, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { IdeaRecord } from '../../../lib/schema/idea';
import { STATUS_LABEL } from './IdeaRow';
import { t } from './i18n';
import '../sla/metrics/metrics.css'; // its table and details styles

const COLOURS = { open: '#2f6fed', planned: '#b54708', done: '#067647' } as const;
/** Ideas on the same scores would hide each other: each is nudged a little, the same way every time. */
const nudge = (index: number) => ((index % 5) - 2) * 0.07;

interface Point {
  cost: number;
  impact: number;
  askers: number;
  title: string;
  status: IdeaRecord['status'];
}

/**
 * Impact against cost, 1–5 each, one dot per idea sized by its askers; the lines at 3 cut the
 * plane into quick wins (high impact, low cost), big bets, fill-ins and money pits. The same
 * numbers are in a table for keyboard and screen-reader users.
 */
export function ImpactCostChart({ ideas }: { ideas: IdeaRecord[] }) {
  const captionId = useId();
  const points = useMemo(
    () =>
      ideas.map(
        (idea, index): Point => ({
          cost: idea.cost + nudge(index),
          impact: idea.impact + nudge(index + 2),
          askers: idea.askers.length,
          title: idea.title,
          status: idea.status,
        }),
      ),
    [ideas],
  );
  const byStatus = (status: Point['status']) => points.filter((p) => p.status === status);

  return (
    <figure className="idea-matrix" aria-labelledby={captionId} data-testid="trustops-ideas-matrix">
      <div className="idea-matrix-canvas" aria-hidden="true">
        <span className="idea-quadrant q-quick">{t('quickWins')}</span>
        <span className="idea-quadrant q-big">{t('bigBets')}</span>
        <span className="idea-quadrant q-fill">{t('fillIns')}</span>
        <span className="idea-quadrant q-pit">{t('moneyPits')}</span>
        <ResponsiveContainer width="100%" height={280}>
          <ScatterChart margin={{ top: 12, right: 16, bottom: 20, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e5ea" />
            <XAxis type="number" dataKey="cost" domain={[0.5, 5.5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 12, fill: '#667185' }}>
              <Label value={t('costLabel')} position="insideBottom" offset={-12} style={{ fontSize: 12, fill: '#475467' }} />
            </XAxis>
            <YAxis type="number" dataKey="impact" domain={[0.5, 5.5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 12, fill: '#667185' }}>
              <Label value={t('impactLabel')} angle={-90} position="insideLeft" offset={16} style={{ fontSize: 12, fill: '#475467' }} />
            </YAxis>
            <ZAxis type="number" dataKey="askers" range={[60, 400]} />
            <ReferenceLine x={3} stroke="#98a2b3" strokeDasharray="4 4" />
            <ReferenceLine y={3} stroke="#98a2b3" strokeDasharray="4 4" />
            <Tooltip
              cursor={false}
              content={({ payload }) => {
                const point = payload?.[0]?.payload as Point | undefined;
                return point ? (
                  <div className="idea-matrix-tip">
                    {t('matrixPoint', { title: point.title.slice(0, 80), impact: Math.round(point.impact), cost: Math.round(point.cost), askers: point.askers })}
                  </div>
                ) : null;
              }}
            />
            {(['open', 'planned', 'done'] as const).map((status) => (
              <Scatter key={status} data={byStatus(status)} fill={COLOURS[status]} fillOpacity={0.75} isAnimationActive={false} />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={captionId} className="field-hint">
        {t('matrixLead')}
        <span className="idea-legend" aria-hidden="true">
          {(['open', 'planned', 'done'] as const).map((status) => (
            <span key={status} style={{ '--dot': COLOURS[status] } as CSSProperties}>
              {t(STATUS_LABEL[status])}
            </span>
          ))}
        </span>
      </figcaption>
      <details className="metrics-details">
        <summary>{t('matrixTitle')}</summary>
        <table className="metrics-table">
          <thead>
            <tr>
              <th scope="col">{t('titleLabel')}</th>
              <th scope="col" className="num">{t('impactLabel')}</th>
              <th scope="col" className="num">{t('costLabel')}</th>
              <th scope="col">{t('statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {ideas.map((idea) => (
              <tr key={idea.id}>
                <th scope="row">{idea.title}</th>
                <td className="num">{idea.impact}</td>
                <td className="num">{idea.cost}</td>
                <td>{t(STATUS_LABEL[idea.status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
