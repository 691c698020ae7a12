import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_POLICY, type ReplyRecord, type SlaPolicy } from '../../../../lib/engine/sla';
import { watchChanges } from '../../../../lib/storage/broadcast';
import { collectReplies } from '../../../../lib/storage/metrics';
import { loadSettings } from '../../../../lib/storage/settings';

export interface RepliesState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  policy: SlaPolicy;
  replies: ReplyRecord[];
}

/**
 * Every reply of every stored thread, judged by the current policy. Read once and on changes; a
 * different date range only re-filters in memory.
 */
export function useReplies(): RepliesState {
  const [state, setState] = useState<RepliesState>({ status: 'loading', policy: DEFAULT_POLICY, replies: [] });

  const load = useCallback(async () => {
    try {
      const policy = (await loadSettings()).slaPolicy ?? DEFAULT_POLICY;
      setState({ status: 'ready', policy, replies: await collectReplies(policy) });
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
