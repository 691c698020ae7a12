import { dateOfIndex, zoneDays } from '../sla/zone-days';
import type { DialogueKpis, KpiInput, KpiRange } from './types';

/**
 * Tone findings per category over time: every finding of a sent draft, by its category, on the
 * local day it was sent. Sent drafts are known from the audit table: "send anyway" (a draft held
 * for a block-level finding and sent past it) and "sent-with-findings" (the send guard saw a draft
 * go out with warnings or notes). Findings fixed or ignored before sending are not counted.
 */
export function findingCounts(input: Pick<KpiInput, 'audit'>, range: KpiRange): DialogueKpis['findings'] {
  const days = zoneDays(range.timezone);
  const perDay = new Map<number, Map<string, number>>();
  const totals = new Map<string, number>();
  let sentAnyway = 0;
  let sentWithFindings = 0;
  for (const record of input.audit) {
    if (record.at < range.from || record.at >= range.to) continue;
    if (record.kind === 'send-anyway') sentAnyway++;
    else if (record.kind === 'sent-with-findings') sentWithFindings++;
    else continue;
    const day = days.dayIndexAt(record.at);
    const counts = perDay.get(day) ?? new Map<string, number>();
    perDay.set(day, counts);
    for (const { category } of record.findings) {
      counts.set(category, (counts.get(category) ?? 0) + 1);
      totals.set(category, (totals.get(category) ?? 0) + 1);
    }
  }
  return {
    sentAnyway,
    sentWithFindings,
    perCategory: [...totals]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0)),
    perDay: [...perDay]
      .filter(([, counts]) => counts.size > 0)
      .sort(([a], [b]) => a - b)
      .map(([index, counts]) => ({ date: dateOfIndex(index), counts: Object.fromEntries(counts) })),
  };
}
