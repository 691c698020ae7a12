import type { SlaTarget } from '../../schema/policy';
import { requireEpochMs, toEpochMs } from './instant';
import { percentileOfSorted } from './percentile';
import { dateOfIndex, zoneDays } from './zone-days';

/** One closed clock as the dashboard stores it (a report reply plus where it happened). */
export interface ReplyRecord {
  thread: string;
  platform: string;
  /** ISO text or epoch ms. */
  start: string | number;
  end: string | number;
  target: SlaTarget;
  businessMs: number;
  withinSla: boolean;
  /** The case was handed over to another line (a manager, legal, a second-line team). */
  escalated?: boolean;
}

export interface ReplyTimeStats {
  /** Business ms; null when there are no replies of this kind. */
  median: number | null;
  p90: number | null;
  count: number;
}

export interface Metrics {
  firstReply: ReplyTimeStats;
  nextReply: ReplyTimeStats;
  /**
   * "On time": replies within SLA ÷ (replies + clocks overdue now); null without either. An open
   * breach is a missed reply already — leaving it out would show 100 % while customers wait.
   */
  withinSlaShare: number | null;
  /** Clocks still running past their due time (MetricsOptions.openBreaches in the period). */
  openBreaches: number;
  /** Number of replies per platform, keys sorted. */
  perPlatform: Record<string, number>;
  /** Replies per local day (in `timezone`) of the reply, ascending, days without replies left out. */
  perDay: { date: string; count: number }[];
  /** Share (0…1) of threads with replies in the period where no reply was escalated; null without threads. */
  closedWithoutEscalationShare: number | null;
}

/** A thread whose clock is still running past its due time ("overdue now"). */
export interface OpenBreach {
  thread: string;
  platform: string;
  /** When it became overdue: ISO text or epoch ms. */
  dueAt: string | number;
}

export interface MetricsOptions {
  /** A reply belongs to the period by its `end` (when it was sent): from ≤ end < to. */
  from?: Date;
  to?: Date;
  timezone: string;
  /**
   * Clocks overdue now. One counts in a period that it was overdue in: due before `to` (however
   * long ago — it has stayed unanswered since, so a later period still owes it).
   */
  openBreaches?: readonly OpenBreach[];
}

/** Dialogue KPIs over replies; one pass plus two numeric sorts, so 100k replies take milliseconds. */
export function computeMetrics(replies: readonly ReplyRecord[], options: MetricsOptions): Metrics {
  const days = zoneDays(options.timezone);
  const from = options.from ? requireEpochMs(options.from, 'from') : -Infinity;
  const to = options.to ? requireEpochMs(options.to, 'to') : Infinity;
  const firstTimes: number[] = [];
  const nextTimes: number[] = [];
  const perPlatform = new Map<string, number>();
  const perDay = new Map<number, number>();
  const escalatedByThread = new Map<string, boolean>();
  let within = 0;
  for (const reply of replies) {
    const end = toEpochMs(reply.end);
    if (Number.isNaN(end)) throw new RangeError(`reply in thread ${JSON.stringify(reply.thread)}: invalid end ${JSON.stringify(reply.end)}`);
    if (end < from || end >= to) continue;
    (reply.target === 'first' ? firstTimes : nextTimes).push(reply.businessMs);
    if (reply.withinSla) within++;
    perPlatform.set(reply.platform, (perPlatform.get(reply.platform) ?? 0) + 1);
    const day = days.dayIndexAt(end);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    escalatedByThread.set(reply.thread, (escalatedByThread.get(reply.thread) ?? false) || reply.escalated === true);
  }
  const counted = firstTimes.length + nextTimes.length;
  let openBreaches = 0;
  for (const breach of options.openBreaches ?? []) {
    const due = toEpochMs(breach.dueAt);
    if (Number.isNaN(due)) throw new RangeError(`open breach in thread ${JSON.stringify(breach.thread)}: invalid due time ${JSON.stringify(breach.dueAt)}`);
    if (due < to) openBreaches++;
  }
  let calmThreads = 0;
  for (const escalated of escalatedByThread.values()) if (!escalated) calmThreads++;
  return {
    firstReply: replyTimeStats(firstTimes),
    nextReply: replyTimeStats(nextTimes),
    withinSlaShare: counted + openBreaches ? within / (counted + openBreaches) : null,
    openBreaches,
    perPlatform: Object.fromEntries([...perPlatform].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    perDay: [...perDay].sort(([a], [b]) => a - b).map(([index, count]) => ({ date: dateOfIndex(index), count })),
    closedWithoutEscalationShare: escalatedByThread.size ? calmThreads / escalatedByThread.size : null,
  };
}

function replyTimeStats(times: number[]): ReplyTimeStats {
  const sorted = Float64Array.from(times).sort();
  return { median: percentileOfSorted(sorted, 50), p90: percentileOfSorted(sorted, 90), count: sorted.length };
}

/** The metrics as CSV rows `metric,key,value` (empty value = no data), for spreadsheets. */
export function metricsToCsv(metrics: Metrics): string {
  const rows: (string | number | null)[][] = [['metric', 'key', 'value']];
  for (const target of ['firstReply', 'nextReply'] as const) {
    const stats = metrics[target];
    rows.push([`${target}.median`, '', stats.median], [`${target}.p90`, '', stats.p90], [`${target}.count`, '', stats.count]);
  }
  rows.push(['withinSlaShare', '', metrics.withinSlaShare]);
  rows.push(['openBreaches', '', metrics.openBreaches]);
  rows.push(['closedWithoutEscalationShare', '', metrics.closedWithoutEscalationShare]);
  for (const [platform, count] of Object.entries(metrics.perPlatform)) rows.push(['perPlatform', platform, count]);
  for (const { date, count } of metrics.perDay) rows.push(['perDay', date, count]);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in spreadsheets; platform names come from users.
  const safe = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
