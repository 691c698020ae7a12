import { useCallback, useEffect, useState } from 'react';
import type { IdeaRecord } from '../../../lib/schema/idea';
import { watchChanges } from '../../../lib/storage/broadcast';
import { listIdeas } from '../../../lib/storage/ideas';

export type IdeasState = { status: 'loading' } | { status: 'ready'; ideas: IdeaRecord[] } | { status: 'error'; error: string };

/** Every idea, read from the database and again whenever the background announces an ideas change. */
export function useIdeas(): { state: IdeasState; reload: () => Promise<void> } {
  const [state, setState] = useState<IdeasState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', ideas: await listIdeas() });
    } catch (e) {
      setState({ status: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  useEffect(() => {
    void reload();
    return watchChanges((topic) => {
      if (topic === 'ideas') void reload();
    });
  }, [reload]);
  return { state, reload };
}
