import type { CrisisPeriod } from '../../../../lib/engine/kpi';
import { dateTimeText } from './format';
import { kplural, kt } from './kpi-i18n';

/** Crisis periods that overlap the period, oldest first; the per-day chart shades their days. */
export function CrisisPeriods({ periods, timezone }: { periods: readonly CrisisPeriod[]; timezone: string }) {
  if (!periods.length) return <p className="field-hint">{kt('crisisEmpty')}</p>;
  return (
    <ul className="kpi-crisis-list" data-testid="kpi-crisis-periods">
      {periods.map((period) => (
        <li key={`${period.start}:${period.reason}`}>
          <span className="kpi-crisis-swatch" aria-hidden="true" />
          <span className="kpi-crisis-reason">{period.reason}</span>
          <span className="kpi-sub">
            {kt('crisisRange', {
              start: dateTimeText(period.start, timezone),
              end: period.end === null ? kt('crisisOngoing') : dateTimeText(period.end, timezone),
            })}
            {' · '}
            {kplural('crisisReplies', period.replies)}
          </span>
        </li>
      ))}
    </ul>
  );
}
