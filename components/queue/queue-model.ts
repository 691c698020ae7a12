import { businessMsBetween, type SlaPolicy } from '../../lib/engine/sla';
import { DEFAULT_WARN_RATIO } from '../../lib/schema/policy';
import type { ThreadRecord } from '../../lib/schema/storage';
import { siteName as catalogSiteName, type SiteLang } from '../../lib/sites/site-info';

/** What a row's colour says; `snoozed` wins over the clock's own state. */
export type RowState = 'ok' | 'warning' | 'breached' | 'snoozed';
export const ROW_STATES: readonly RowState[] = ['breached', 'warning', 'ok', 'snoozed'];

export interface QueueRow {
  thread: ThreadRecord;
  /** Groups threads for the site filter: the site id, or the host for pages of the generic adapter. */
  siteKey: string;
  siteLabel: string;
  /** Working time until due at `now`; negative = overdue, null = the policy never reaches the due time. */
  leftMs: number | null;
  state: RowState;
}

export interface QueueFilter {
  /** '' = every site. */
  site: string;
  /** '' = every state. */
  state: RowState | '';
}

export const NO_FILTER: QueueFilter = { site: '', state: '' };

/**
 * The display name of a known site or platform id (vk → VK), from the site catalog; undefined for
 * others. `lang` is the interface language; English names until callers pass it.
 */
export function siteName(id: string, lang: SiteLang = 'en'): string | undefined {
  return catalogSiteName(id, lang);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function siteOf(thread: ThreadRecord, lang: SiteLang): { key: string; label: string } {
  const known = siteName(thread.site, lang);
  if (known) return { key: thread.site, label: known };
  const host = hostOf(thread.url);
  return host ? { key: host, label: host } : { key: thread.site, label: thread.site };
}

/**
 * The rows at `now`, in the order given (waitingThreads: soonest due first). The state is computed
 * here rather than read from the record, so the colours move with the page's own tick between the
 * background's recomputes. A clock's due time is `target` working time after it started, so the time
 * spent is target − left, and "warning" needs no second business-time computation.
 */
export function toQueueRows(threads: readonly ThreadRecord[], policy: SlaPolicy, now: number, lang: SiteLang = 'en'): QueueRow[] {
  const nowDate = new Date(now);
  const warnRatio = policy.warnRatio ?? DEFAULT_WARN_RATIO;
  return threads.map((thread) => {
    const site = siteOf(thread, lang);
    const leftMs = thread.dueAt === null ? null : businessMsBetween(policy, nowDate, new Date(thread.dueAt));
    const targetMs = (thread.target === 'next' ? policy.nextReplyMinutes : policy.firstReplyMinutes) * 60_000;
    let state: RowState;
    if (thread.status === 'snoozed' && (thread.snoozedUntil ?? 0) > now) state = 'snoozed';
    else if (thread.dueAt !== null && now >= thread.dueAt) state = 'breached';
    else if (leftMs !== null && targetMs - leftMs >= warnRatio * targetMs) state = 'warning';
    else state = 'ok';
    return { thread, siteKey: site.key, siteLabel: site.label, leftMs, state };
  });
}

export function filterRows(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
  if (!filter.site && !filter.state) return rows as QueueRow[];
  return rows.filter((row) => (!filter.site || row.siteKey === filter.site) && (!filter.state || row.state === filter.state));
}

/** Sites present in the queue, for the filter, by label. */
export function siteChoices(rows: readonly QueueRow[]): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (!seen.has(row.siteKey)) seen.set(row.siteKey, row.siteLabel);
  return [...seen].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The badge's count: clocks running un-snoozed that are in warning or breached. */
export function atRiskCount(rows: readonly QueueRow[]): number {
  let count = 0;
  for (const row of rows) if (row.state === 'warning' || row.state === 'breached') count++;
  return count;
}
