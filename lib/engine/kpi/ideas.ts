import { toEpochMs } from '../sla/instant';
import { dateOfIndex, zoneDays } from '../sla/zone-days';
import type { DialogueKpis, KpiInput, KpiRange, MonthCount } from './types';

/** "YYYY-MM" of the local day of `ms` in the range's zone. */
function monthAt(ms: number, range: KpiRange): string {
  return dateOfIndex(zoneDays(range.timezone).dayIndexAt(ms)).slice(0, 7);
}

/** Every month from the range's first local day to its last, "YYYY-MM", oldest first. */
export function monthsOfRange(range: KpiRange): string[] {
  if (range.to <= range.from) return [];
  const first = monthAt(range.from, range);
  const last = monthAt(range.to - 1, range);
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let key = first; key <= last; ) {
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
    key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/**
 * Ideas created per month (by `createdAt`) and done per month (by `doneAt` of an idea still done:
 * taking "done" back clears it), within the range, months in the range's zone.
 */
export function ideaCounts(input: Pick<KpiInput, 'ideas'>, range: KpiRange): DialogueKpis['ideas'] {
  const months = monthsOfRange(range);
  const created = new Map(months.map((m) => [m, 0]));
  const done = new Map(months.map((m) => [m, 0]));
  const count = (into: Map<string, number>, at: string | null) => {
    const ms = at ? toEpochMs(at) : NaN;
    if (Number.isNaN(ms) || ms < range.from || ms >= range.to) return 0;
    const month = monthAt(ms, range);
    into.set(month, (into.get(month) ?? 0) + 1);
    return 1;
  };
  let createdTotal = 0;
  let doneTotal = 0;
  for (const idea of input.ideas) {
    createdTotal += count(created, idea.createdAt);
    if (idea.status === 'done') doneTotal += count(done, idea.doneAt);
  }
  const list = (map: Map<string, number>): MonthCount[] => [...map].map(([month, n]) => ({ month, count: n }));
  return { createdPerMonth: list(created), donePerMonth: list(done), created: createdTotal, done: doneTotal };
}
