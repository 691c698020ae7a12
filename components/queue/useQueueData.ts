import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_POLICY, type SlaPolicy } from '../../lib/engine/sla';
import type { EscalationRoute } from '../../lib/schema/settings';
import type { ThreadRecord } from '../../lib/schema/storage';
import { watchChanges } from '../../lib/storage/broadcast';
import { loadSettings } from '../../lib/storage/settings';
import { waitingThreads } from '../../lib/storage/threads';
import { effectiveSlaPolicy } from '../../lib/crisis/state';

export interface QueueData {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  threads: ThreadRecord[];
  policy: SlaPolicy;
  routes: EscalationRoute[];
}

/**
 * The waiting threads and the settings they are shown with, read straight from the database (the
 * page shares the background's origin), re-read whenever any context announces a change and every
 * `rereadMs`: storing a page's snapshot does not announce itself, and new threads must still appear.
 */
export function useQueueData(rereadMs: number): QueueData & { refresh: () => Promise<void> } {
  const [data, setData] = useState<QueueData>({ status: 'loading', threads: [], policy: DEFAULT_POLICY, routes: [] });
  // Changes arrive in bursts (an action writes, then the background recomputes): while one read
  // runs, further requests collapse into a single follow-up read.
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const refresh = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    running.current = (async () => {
      do {
        again.current = false;
        try {
          const [threads, settings] = await Promise.all([waitingThreads(), loadSettings()]);
          setData({
            status: 'ready',
            threads,
            // The crisis policy while a crisis is in force, as the background's clocks use.
            policy: effectiveSlaPolicy(settings.slaPolicy ?? DEFAULT_POLICY, settings.crisis, Date.now()),
            routes: settings.escalationRoutes,
          });
        } catch (error) {
          setData((d) => ({ ...d, status: 'error', error: error instanceof Error ? error.message : String(error) }));
        }
      } while (again.current);
    })().finally(() => {
      running.current = null;
    });
    return running.current;
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), rereadMs);
    const unwatch = watchChanges((topic) => {
      if (topic === 'threads' || topic === 'settings') void refresh();
    });
    return () => {
      clearInterval(timer);
      unwatch();
    };
  }, [refresh, rereadMs]);

  return { ...data, refresh };
}
