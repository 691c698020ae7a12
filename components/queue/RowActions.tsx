import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { QueueTranslate } from '../../lib/i18n/queue';
import type { EscalationRoute } from '../../lib/schema/settings';

export type QueueAction =
  | { kind: 'answered' }
  | { kind: 'no-reply' }
  | { kind: 'snooze'; minutes: number }
  | { kind: 'escalate'; routeId: string | null };

export type ChooserKind = 'snooze' | 'escalate';

interface RowActionsProps {
  threadId: string;
  title: string;
  escalatedTo: string | null;
  routes: readonly EscalationRoute[];
  /** Which choice list of this row is open (the parent keeps it: rows unmount while scrolled away). */
  chooser: ChooserKind | null;
  onChooser: (kind: ChooserKind | null) => void;
  onAction: (action: QueueAction) => void;
  /** Minutes until tomorrow's working time, computed when chosen (it depends on the moment). */
  tomorrowMinutes: () => number;
  t: QueueTranslate;
}

/**
 * A row's buttons. Snooze and escalate open their choices inline below (the row grows), which keeps
 * them inside the scrolling list and reachable with Tab; Escape closes them.
 */
export function RowActions(props: RowActionsProps) {
  const { threadId, title, escalatedTo, routes, chooser, onChooser, onAction, tomorrowMinutes, t } = props;
  const choicesRef = useRef<HTMLDivElement>(null);
  const togglesRef = useRef<HTMLDivElement>(null);
  const choicesId = `queue-choices-${threadId}`;

  useEffect(() => {
    if (chooser) choicesRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [chooser]);

  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onChooser(null);
    togglesRef.current?.querySelector<HTMLElement>(`[data-chooser="${chooser}"]`)?.focus();
  };
  const toggle = (kind: ChooserKind) => (
    <button
      type="button"
      className="queue-button queue-button-quiet"
      data-chooser={kind}
      aria-expanded={chooser === kind}
      aria-controls={chooser === kind ? choicesId : undefined}
      onClick={() => onChooser(chooser === kind ? null : kind)}
    >
      {t(kind)} <span aria-hidden="true">▾</span>
    </button>
  );

  return (
    <>
      <div className="queue-actions" ref={togglesRef}>
        <button type="button" className="queue-button queue-button-primary" onClick={() => onAction({ kind: 'answered' })}>
          ✓ {t('answered')}
        </button>
        <button type="button" className="queue-button queue-button-quiet" onClick={() => onAction({ kind: 'no-reply' })}>
          {t('noReply')}
        </button>
        {toggle('snooze')}
        {toggle('escalate')}
      </div>
      {chooser && (
        <div
          id={choicesId}
          ref={choicesRef}
          className="queue-choices"
          role="group"
          aria-label={t(chooser === 'snooze' ? 'snoozeChoices' : 'escalateChoices', { title })}
          onKeyDown={close}
        >
          {chooser === 'snooze' ? (
            <>
              <button type="button" className="queue-chip" onClick={() => onAction({ kind: 'snooze', minutes: 15 })}>
                {t('snooze15')}
              </button>
              <button type="button" className="queue-chip" onClick={() => onAction({ kind: 'snooze', minutes: 60 })}>
                {t('snooze60')}
              </button>
              <button type="button" className="queue-chip" onClick={() => onAction({ kind: 'snooze', minutes: tomorrowMinutes() })}>
                {t('snoozeTomorrow')}
              </button>
            </>
          ) : (
            <>
              {routes.length === 0 && <span className="queue-choices-note">{t('noRoutes')}</span>}
              {routes.map((route) => (
                <button
                  key={route.id}
                  type="button"
                  className="queue-chip"
                  aria-pressed={escalatedTo === route.id}
                  onClick={() => onAction({ kind: 'escalate', routeId: route.id })}
                >
                  {route.name}
                </button>
              ))}
              {escalatedTo && (
                <button type="button" className="queue-chip" onClick={() => onAction({ kind: 'escalate', routeId: null })}>
                  {t('unescalate')}
                </button>
              )}
            </>
          )}
          <button type="button" className="queue-chip queue-chip-close" aria-label={t('closeChoices')} onClick={() => onChooser(null)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
