import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_POLICY, type OpenBreach, type ReplyRecord, type SlaPolicy } from '../../../../lib/engine/sla';
import { watchChanges } from '../../../../lib/storage/broadcast';
import { collectOpenBreaches, collectReplies } from '../../../../lib/storage/metrics';
import { loadSettings } from '../../../../lib/storage/settings';

export interface RepliesState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  policy: SlaPolicy;
  replies: ReplyRecord[];
  /** Clocks overdue now: they count against "on time" (a missed reply not yet sent). */
  openBreaches: OpenBreach[];
}

/**
 * Every reply of every stored thread, judged by the current policy, and the clocks overdue now.
 * Read once and on changes (the background recomputes clocks every minute and announces it); a
 * different date range only re-filters in memory.
 */
export function useReplies(): RepliesState {
  const [state, setState] = useState<RepliesState>({ status: 'loading', policy: DEFAULT_POLICY, replies: [], openBreaches: [] });

  const load = useCallback(async () => {
    try {
      const policy = (await loadSettings()).slaPolicy ?? DEFAULT_POLICY;
      const [replies, openBreaches] = await Promise.all([collectReplies(policy), collectOpenBreaches()]);
      setState({ status: 'ready', policy, replies, openBreaches });
    } catch (e) {
      setState((s) => ({ ...s, status: 'error', error: e instanceof Error ? e.message : String(e) }));
    }
  }, []);

  useEffect(() => {
    void load();
    return watchChanges((topic) => {
      if (topic === 'threads' || topic === 'settings') void load();
    });
  }, [load]);

  return state;
}
