import { crisisInForce } from '../../crisis/state';
import type { CrisisState } from '../../schema/crisis';
import { toEpochMs } from '../sla/instant';
import { dateOfIndex, zoneDays } from '../sla/zone-days';
import type { CrisisPeriod, KpiInput, KpiRange } from './types';

/** A crisis switched on without a start time logs `crisisStartedAt: ''`: its reason names it then. */
const keyOf = (startedAt: string | undefined, reason: string) => (startedAt ? `start:${startedAt}` : `reason:${reason}`);

/**
 * Crisis periods from the crisis log: one per crisis (its start time, else its reason), from its
 * start (else its first logged reply) to its last logged reply. The crisis in the settings extends
 * its own period: still in force → ongoing (end null); ended by its end time → to that time. A crisis
 * in force with nothing logged yet is a period too. Periods that overlap the range, oldest first.
 */
export function crisisPeriodsOf(input: Pick<KpiInput, 'crisisLog' | 'crisis'>, range: KpiRange): CrisisPeriod[] {
  const periods = new Map<string, CrisisPeriod>();
  for (const record of input.crisisLog) {
    const key = keyOf(record.crisisStartedAt, record.crisisReason);
    const period = periods.get(key);
    if (period) {
      period.start = Math.min(period.start, record.at);
      period.end = Math.max(period.end ?? -Infinity, record.at);
      period.replies++;
    } else {
      const declared = record.crisisStartedAt ? toEpochMs(record.crisisStartedAt) : NaN;
      const start = Number.isNaN(declared) ? record.at : Math.min(declared, record.at);
      periods.set(key, { start, end: record.at, reason: record.crisisReason, replies: 1 });
    }
  }
  const crisis = input.crisis;
  if (crisis?.active) applyCurrent(periods, crisis, range.now);
  return [...periods.values()]
    .filter((p) => p.start < range.to && (p.end ?? range.now) >= range.from)
    .sort((a, b) => a.start - b.start);
}

function applyCurrent(periods: Map<string, CrisisPeriod>, crisis: NonNullable<KpiInput['crisis']>, now: number): void {
  const starts = crisis.startsAt ? toEpochMs(crisis.startsAt) : NaN;
  const ends = crisis.endsAt ? toEpochMs(crisis.endsAt) : NaN;
  if (!Number.isNaN(starts) && starts > now) return; // scheduled, not begun
  const inForce = crisisInForce(crisis as CrisisState, now);
  const key = keyOf(crisis.startsAt, crisis.reason);
  const period = periods.get(key) ?? { start: Number.isNaN(starts) ? now : starts, end: null, reason: crisis.reason, replies: 0 };
  if (inForce) period.end = null;
  else if (!Number.isNaN(ends)) period.end = Math.max(period.end ?? -Infinity, ends);
  periods.set(key, period);
}

/** Local days of the range that a period touches, "YYYY-MM-DD", ascending. */
export function crisisDaysOf(periods: readonly CrisisPeriod[], range: KpiRange): string[] {
  if (range.to <= range.from) return [];
  const days = zoneDays(range.timezone);
  const indexes = new Set<number>();
  for (const period of periods) {
    const first = days.dayIndexAt(Math.max(period.start, range.from));
    const last = days.dayIndexAt(Math.min(period.end ?? range.now, range.to - 1));
    for (let day = first; day <= last; day++) indexes.add(day);
  }
  return [...indexes].sort((a, b) => a - b).map(dateOfIndex);
}
