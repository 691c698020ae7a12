import type { KpiInput } from '../engine/kpi';
import { db, type TrustOpsDb } from './db';
import { loadSettings } from './settings';

/**
 * Every row the dialogue KPIs are computed from (lib/engine/kpi), read at once. Read only: extension
 * pages call this; the background alone writes these tables. Rows are narrowed to the fields the
 * KPIs use, so message and reply texts are not kept in the page's memory longer than the read.
 */
export async function loadKpiInput(database: TrustOpsDb = db()): Promise<KpiInput> {
  const [threads, events, picks, audit, ideas, crisisLog, settings] = await Promise.all([
    database.threads.toArray(),
    database.threadEvents.toArray(),
    database.picks.toArray(),
    database.audit.toArray(),
    database.ideas.toArray(),
    database.crisisLog.toArray(),
    loadSettings(database),
  ]);
  return {
    threads: threads.map(({ id, status, escalatedTo }) => ({ id, status, escalatedTo })),
    events: events.map(({ threadId, at, direction, source }) => ({ threadId, at, direction, source })),
    picks: picks.map(({ at, threadId }) => (threadId ? { at, threadId } : { at })),
    audit: audit.map(({ kind, at, findings }) => ({ kind, at, findings })),
    ideas: ideas.map(({ createdAt, status, doneAt }) => ({ createdAt, status, doneAt })),
    crisisLog: crisisLog.map(({ at, crisisReason, crisisStartedAt }) => ({ at, crisisReason, crisisStartedAt })),
    crisis: settings.crisis,
  };
}
