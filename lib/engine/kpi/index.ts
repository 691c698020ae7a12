/**
 * Dialogue KPIs beyond the SLA (issue 13.3): threads closed without escalation, ideas per month,
 * suggestion acceptance, tone findings per category per day, crisis periods. Pure: plain rows in,
 * numbers out; days and months in the SLA policy's zone (luxon through lib/engine/sla/zone-days).
 */
import { acceptanceOf } from './acceptance';
import { closedThreadCounts } from './closed';
import { crisisDaysOf, crisisPeriodsOf } from './crisis-periods';
import { findingCounts } from './findings';
import { ideaCounts } from './ideas';
import type { DialogueKpis, KpiInput, KpiRange } from './types';

export { dialogueKpiCsv, dialogueKpiCsvRows } from './csv';
export { PAGE_TIME_SLACK_MS, PICK_TO_SEND_MAX_MS } from './acceptance';
export type { CrisisPeriod, DialogueKpis, KpiInput, KpiRange, MonthCount } from './types';

export function computeDialogueKpis(input: KpiInput, range: KpiRange): DialogueKpis {
  if (!Number.isFinite(range.from) || !Number.isFinite(range.to) || !Number.isFinite(range.now))
    throw new RangeError(`invalid KPI range ${JSON.stringify(range)}`);
  const crisisPeriods = crisisPeriodsOf(input, range);
  return {
    ...closedThreadCounts(input, range),
    ideas: ideaCounts(input, range),
    acceptance: acceptanceOf(input, range),
    findings: findingCounts(input, range),
    crisisPeriods,
    crisisDays: crisisDaysOf(crisisPeriods, range),
  };
}
