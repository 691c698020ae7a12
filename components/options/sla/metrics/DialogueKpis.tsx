import type { DialogueKpis as Kpis } from '../../../../lib/engine/kpi';
import { monthText, percentText } from './format';
import { kt } from './kpi-i18n';

function KpiCard({ title, value, sub, hint, testId, note }: { title: string; value: string; sub?: string; hint: string; testId: string; note?: string }) {
  return (
    <div className="card kpi" data-testid={testId}>
      <h3 className="kpi-title">{title}</h3>
      <p className="kpi-value" data-testid={`${testId}-value`}>
        {value}
      </p>
      {sub && (
        <p className="kpi-sub" data-testid={`${testId}-sub`}>
          {sub}
        </p>
      )}
      <p className="kpi-sub">{hint}</p>
      {note && <p className="kpi-sub">{note}</p>}
    </div>
  );
}

/** Dialogue KPIs beyond the SLA: threads closed without escalation, suggestion acceptance, ideas. */
export function DialogueKpiCards({ kpis }: { kpis: Kpis }) {
  const { acceptance: a, ideas } = kpis;
  return (
    <div className="kpis kpis-3">
      <KpiCard
        title={kt('closedTitle')}
        value={percentText(kpis.closedWithoutEscalationShare)}
        sub={kt('closedOf', { calm: kpis.closedWithoutEscalation, closed: kpis.closedThreads })}
        hint={kt('closedHint')}
        testId="kpi-closed"
      />
      <KpiCard
        title={kt('acceptanceTitle')}
        value={percentText(a.rate)}
        sub={kt('acceptanceSplit', { picked: a.picked, typed: a.typed })}
        hint={kt('acceptanceHint')}
        note={a.unlinkedPicks ? kt('acceptanceUnlinked', { n: a.unlinkedPicks }) : undefined}
        testId="kpi-acceptance"
      />
      <KpiCard
        title={kt('ideasTitle')}
        value={kt('ideasValue', { created: ideas.created, done: ideas.done })}
        hint={kt('ideasHint')}
        testId="kpi-ideas"
      />
    </div>
  );
}

/** Ideas created and done per month of the period (months without any show 0). */
export function IdeasPerMonth({ ideas }: { ideas: Kpis['ideas'] }) {
  const done = new Map(ideas.donePerMonth.map((m) => [m.month, m.count]));
  return (
    <table className="metrics-table" data-testid="kpi-ideas-months">
      <thead>
        <tr>
          <th scope="col">{kt('ideasMonth')}</th>
          <th scope="col" className="num">
            {kt('ideasCreated')}
          </th>
          <th scope="col" className="num">
            {kt('ideasDone')}
          </th>
        </tr>
      </thead>
      <tbody>
        {ideas.createdPerMonth.map(({ month, count }) => (
          <tr key={month} data-month={month}>
            <th scope="row">{monthText(month)}</th>
            <td className="num">{count}</td>
            <td className="num">{done.get(month) ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
