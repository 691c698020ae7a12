import { useCallback, useEffect, useState } from 'react';
import type { KpiInput } from '../../../../lib/engine/kpi';
import { watchChanges } from '../../../../lib/storage/broadcast';
import { loadKpiInput } from '../../../../lib/storage/kpi';

export type KpiInputState = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; input: KpiInput };

/**
 * The rows of the dialogue KPIs (threads, events, picks, audit, ideas, crisis log), read once and
 * again when the background announces a change; a different period only re-computes in memory.
 */
export function useKpiInput(): KpiInputState {
  const [state, setState] = useState<KpiInputState>({ status: 'loading' });
  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', input: await loadKpiInput() });
    } catch (e) {
      setState({ status: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  useEffect(() => {
    void load();
    // A pick is announced by nothing, but the send that follows it is (threads).
    return watchChanges((topic) => {
      if (topic === 'threads' || topic === 'settings' || topic === 'audit' || topic === 'ideas') void load();
    });
  }, [load]);
  return state;
}
