import { useEffect, useState } from 'react';
import { DEFAULT_POLICY } from '../../lib/engine/sla';
import { loadSettings } from '../../lib/storage/settings';
import { waitingThreads } from '../../lib/storage/threads';
import { toQueueRows } from '../queue/queue-model';
import { effectiveSlaPolicy } from '../../lib/crisis/state';

export interface QueueCounts {
  waiting: number;
  atRisk: number;
  overdue: number;
}

/**
 * The queue's counts for the popup, read straight from the database (the popup shares the
 * background's origin) and computed with the queue's own row model, so both always agree.
 * "At risk" here is the warning state only; overdue threads are counted on their own.
 */
/** undefined while reading, null when the database could not be read. */
export function useQueueCounts(): QueueCounts | null | undefined {
  const [counts, setCounts] = useState<QueueCounts | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void (async () => {
      try {
        const [threads, settings] = await Promise.all([waitingThreads(), loadSettings()]);
        const rows = toQueueRows(threads, effectiveSlaPolicy(settings.slaPolicy ?? DEFAULT_POLICY, settings.crisis, Date.now()), Date.now());
        const next = { waiting: 0, atRisk: 0, overdue: 0 };
        for (const row of rows) {
          if (row.state === 'snoozed') continue;
          next.waiting++;
          if (row.state === 'warning') next.atRisk++;
          if (row.state === 'breached') next.overdue++;
        }
        if (alive) setCounts(next);
      } catch {
        if (alive) setCounts(null);
      }
    })();
    return () => {
      alive = false;
    };
  }, []);
  return counts;
}
