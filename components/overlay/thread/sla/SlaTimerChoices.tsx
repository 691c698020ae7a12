import type { SlaTimerTranslate } from './sla-timer-texts';
import { minutesUntilMidnight } from './timer-model';

export type ChooserKind = 'snooze' | 'escalate';

interface SlaTimerChoicesProps {
  kind: ChooserKind;
  t: SlaTimerTranslate;
  routes: readonly { id: string; name: string }[];
  escalatedTo: string | null;
  /** The policy's zone, for "until tomorrow". */
  timezone: string;
  onSnooze: (minutes: number) => void;
  onEscalate: (routeId: string | null) => void;
  onClose: () => void;
}

/** The timer's inline choice list: snooze lengths or escalation routes; Escape closes it. */
export function SlaTimerChoices({ kind, t, routes, escalatedTo, timezone, onSnooze, onEscalate, onClose }: SlaTimerChoicesProps) {
  return (
    <div
      className="sla-choices"
      role="group"
      aria-label={t(kind)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // The panel closes itself on Escape too; one Escape should close only this list.
        event.stopPropagation();
        onClose();
      }}
    >
      {kind === 'snooze' ? (
        <>
          <button type="button" className="sla-button" onClick={() => onSnooze(15)}>
            {t('snooze15')}
          </button>
          <button type="button" className="sla-button" onClick={() => onSnooze(60)}>
            {t('snooze60')}
          </button>
          <button type="button" className="sla-button" onClick={() => onSnooze(minutesUntilMidnight(Date.now(), timezone))}>
            {t('snoozeTomorrow')}
          </button>
        </>
      ) : (
        <>
          {routes.length === 0 && <span className="sla-note">{t('noRoutes')}</span>}
          {routes.map((route) => (
            <button
              key={route.id}
              type="button"
              className="sla-button"
              aria-pressed={escalatedTo === route.id}
              onClick={() => onEscalate(route.id)}
            >
              {route.name}
            </button>
          ))}
          {escalatedTo && (
            <button type="button" className="sla-button" onClick={() => onEscalate(null)}>
              {t('unescalate')}
            </button>
          )}
        </>
      )}
      <button type="button" className="sla-button" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
