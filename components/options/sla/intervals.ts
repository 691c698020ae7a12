import type { IntervalForm } from './policy-form';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

function minutesOf(time: string): number | null {
  const m = TIME.exec(time.trim());
  return m ? (m[1] ? Number(m[1]) * 60 + Number(m[2]) : 24 * 60) : null;
}

function timeOf(minutes: number): string {
  const clamped = Math.max(0, Math.min(24 * 60, minutes));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/**
 * A sensible interval to add to a day: office hours on an empty day; otherwise an hour after the
 * last one ends, until 18:00 or for an hour (a lunch break is "end the first at 13:00, add one").
 */
export function nextInterval(intervals: readonly IntervalForm[]): IntervalForm {
  const last = intervals[intervals.length - 1];
  if (!last) return { start: '09:00', end: '18:00' };
  const lastEnd = minutesOf(last.end) ?? 18 * 60;
  const start = Math.min(lastEnd + 60, 23 * 60);
  const end = Math.max(start + 60, 18 * 60);
  return { start: timeOf(start), end: timeOf(end) };
}
