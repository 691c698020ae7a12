import { useEffect } from 'react';
import { PanelErrorBoundary } from '../PanelErrorBoundary';
import { SlaTimer } from './sla/SlaTimer';
import { useOverlay } from '../useOverlay';
import { refreshSlaView, SLA_REFRESH_MS, slaAction } from './sla-actions';
import { getThread, useThread } from './store';

/**
 * The open thread's reply timer. The clock comes from the background: asked for when the panel
 * shows a thread it has no clock for, then every SLA_REFRESH_MS while the panel is shown; every
 * action answers with the fresh clock. A failing timer hides itself rather than the panel.
 */
export function ThreadSla() {
  const lang = useOverlay((s) => s.lang);
  const routes = useOverlay((s) => s.escalationRoutes);
  const threadId = useThread((s) => s.threadId);
  const sla = useThread((s) => s.sla);
  const undo = useThread((s) => (s.slaUndo?.threadId === s.threadId ? s.slaUndo.kind : null));
  const visiblyWaiting = useThread((s) => s.pending !== null);
  const cannotSee = useThread((s) => s.adapterId === 'generic' && s.pending === null);

  useEffect(() => {
    if (getThread().sla?.threadId !== threadId) void refreshSlaView();
    const timer = setInterval(() => void refreshSlaView(), SLA_REFRESH_MS);
    return () => clearInterval(timer);
  }, [threadId]);

  if (!sla || sla.threadId !== threadId) return null;
  return (
    <PanelErrorBoundary fallback={null}>
      <SlaTimer
        view={sla.view}
        lang={lang}
        routes={routes}
        undo={undo}
        visiblyWaiting={visiblyWaiting}
        cannotSee={cannotSee}
        onStart={() => void slaAction({ kind: 'start' })}
        onUndo={() => void slaAction({ kind: 'undo' })}
        onAnswered={() => void slaAction({ kind: 'answered' })}
        onNoReply={() => void slaAction({ kind: 'no-reply' })}
        onSnooze={(minutes) => void slaAction({ kind: 'snooze', minutes })}
        onEscalate={(routeId) => void slaAction({ kind: 'escalate', routeId })}
      />
    </PanelErrorBoundary>
  );
}
