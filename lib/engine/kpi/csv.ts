import { csvField } from '../sla/metrics';
import type { DialogueKpis } from './types';

/**
 * The dialogue KPIs as rows of the metrics CSV (`metric,key,value`, empty value = no data): appended
 * after the SLA rows, so the file keeps its three columns and the SLA rows stay as they were.
 */
export function dialogueKpiCsvRows(kpis: DialogueKpis): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ['closedThreads', '', kpis.closedThreads],
    ['closedWithoutEscalation', '', kpis.closedWithoutEscalation],
    ['ideas.created', '', kpis.ideas.created],
    ['ideas.done', '', kpis.ideas.done],
  ];
  for (const { month, count } of kpis.ideas.createdPerMonth) rows.push(['ideas.createdPerMonth', month, count]);
  for (const { month, count } of kpis.ideas.donePerMonth) rows.push(['ideas.donePerMonth', month, count]);
  const a = kpis.acceptance;
  rows.push(['acceptance.sent', '', a.sent], ['acceptance.picked', '', a.picked], ['acceptance.typed', '', a.typed], ['acceptance.rate', '', a.rate]);
  rows.push(['acceptance.picks', '', a.picks], ['acceptance.unlinkedPicks', '', a.unlinkedPicks]);
  rows.push(['findings.sentAnyway', '', kpis.findings.sentAnyway], ['findings.sentWithFindings', '', kpis.findings.sentWithFindings]);
  for (const { category, count } of kpis.findings.perCategory) rows.push(['findings.perCategory', category, count]);
  for (const { date, counts } of kpis.findings.perDay)
    for (const [category, count] of Object.entries(counts)) rows.push(['findings.perDay', `${date} ${category}`, count]);
  for (const period of kpis.crisisPeriods)
    rows.push(['crisisPeriod', period.reason, `${new Date(period.start).toISOString()}/${period.end === null ? '' : new Date(period.end).toISOString()}`]);
  return rows;
}

/** The rows as CSV lines (CRLF, like metricsToCsv), to append to the SLA metrics CSV. */
export function dialogueKpiCsv(kpis: DialogueKpis): string {
  return dialogueKpiCsvRows(kpis).map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
