import { useEffect, useId, useMemo, useState } from 'react';
import type { Lang } from '../../../lib/i18n/translate';
import type { ThreadView } from '../../../lib/schema/messages';
import { slaTimerTranslator, type SlaTimerTranslate } from './sla-timer-texts';
import { clockTime, colourOf, describeLeft, liveLeftMs, minutesUntilMidnight, termsOf } from './timer-model';

export interface SlaTimerProps {
  /** The thread's clock as the background answered it (thread.get / thread.snapshot / thread.action). */
  view: ThreadView;
  lang: Lang;
  /** Escalation routes (settings.escalationRoutes). */
  routes: readonly { id: string; name: string }[];
  onAnswered: () => void;
  onNoReply: () => void;
  onSnooze: (minutes: number) => void;
  /** null cancels a previous escalation. */
  onEscalate: (routeId: string | null) => void;
  /** Starts a clock by hand (the generic adapter cannot tell who wrote what). */
  onStart: () => void;
}

type Chooser = 'snooze' | 'escalate' | null;

/**
 * The thread's reply timer for the overlay panel: working time left (ticking every second while
 * working time runs), coloured ok / warning / breached, the SLA terms on demand, and the actions.
 * Presentational: the owner sends the requests and passes the fresh view back in.
 */
export function SlaTimer(props: SlaTimerProps) {
  const { view, lang } = props;
  const t = useMemo(() => slaTimerTranslator(lang), [lang]);
  // When this view arrived: local elapsed time is measured from here, not from the background's
  // `computedAt`, which may run on another (test-shifted) clock.
  const [received, setReceived] = useState(() => ({ view, at: Date.now() }));
  if (received.view !== view) setReceived({ view, at: Date.now() });
  const [now, setNow] = useState(() => Date.now());
  const pending = view.thread?.pendingSince != null;
  const running = pending && view.working && view.businessLeftMs !== null;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  if (!pending) return <IdleTimer t={t} onStart={props.onStart} />;
  const leftMs = liveLeftMs(view, Math.max(0, now - received.at));
  return <RunningTimer {...props} t={t} leftMs={leftMs} />;
}

function IdleTimer({ t, onStart }: { t: SlaTimerTranslate; onStart: () => void }) {
  return (
    <section className="sla-timer sla-idle" aria-label={t('region')}>
      <div className="sla-status">
        <span className="sla-left" data-testid="trustops-sla">
          {t('idle')}
        </span>
      </div>
      <div className="sla-actions">
        <button type="button" className="sla-button" onClick={onStart}>
          ▶ {t('start')}
        </button>
      </div>
    </section>
  );
}

function RunningTimer(props: SlaTimerProps & { t: SlaTimerTranslate; leftMs: number | null }) {
  const { view, lang, routes, t, leftMs } = props;
  const [chooser, setChooser] = useState<Chooser>(null);
  const [showTerms, setShowTerms] = useState(false);
  const termsId = useId();
  const thread = view.thread!;
  const snoozed = thread.status === 'snoozed' && thread.snoozedUntil !== null;
  const colour = colourOf(leftMs, view);
  const terms = termsOf(view, lang, t);
  const route = thread.escalatedTo ? (routes.find((r) => r.id === thread.escalatedTo)?.name ?? thread.escalatedTo) : null;
  const stateText = t(colour === 'breached' ? 'stateBreached' : colour === 'warning' ? 'stateWarning' : 'stateOk');
  const choose = (run: () => void) => () => {
    setChooser(null);
    run();
  };

  return (
    <section className={`sla-timer sla-${snoozed ? 'snoozed' : colour}`} aria-label={t('region')} data-state={snoozed ? 'snoozed' : colour}>
      <div className="sla-status">
        <span className="sla-left" data-testid="trustops-sla" title={terms.join(' · ')}>
          {describeLeft(leftMs, lang, t)}
        </span>
        {/* Announced only when the colour changes, not on every tick. */}
        <span className="sla-sr" role="status">
          {stateText}
        </span>
        {!view.working && <span className="sla-note">{t('paused')}</span>}
        {snoozed && <span className="sla-note">{t('snoozed', { time: clockTime(thread.snoozedUntil!, lang) })}</span>}
        {route && <span className="sla-route">{t('escalatedTo', { route })}</span>}
        <button
          type="button"
          className="sla-info"
          aria-label={t('details')}
          title={t('details')}
          aria-expanded={showTerms}
          aria-controls={showTerms ? termsId : undefined}
          onClick={() => setShowTerms((v) => !v)}
        >
          i
        </button>
      </div>
      {showTerms && (
        <ul id={termsId} className="sla-terms">
          {terms.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div className="sla-actions">
        <button type="button" className="sla-button sla-primary" onClick={props.onAnswered}>
          ✓ {t('answered')}
        </button>
        <button type="button" className="sla-button" onClick={props.onNoReply}>
          {t('noReply')}
        </button>
        {(['snooze', 'escalate'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="sla-button"
            aria-expanded={chooser === kind}
            onClick={() => setChooser(chooser === kind ? null : kind)}
          >
            {t(kind)} ▾
          </button>
        ))}
      </div>
      {chooser && (
        <div
          className="sla-choices"
          role="group"
          aria-label={t(chooser)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setChooser(null);
            }
          }}
        >
          {chooser === 'snooze' ? (
            <>
              <button type="button" className="sla-button" onClick={choose(() => props.onSnooze(15))}>
                {t('snooze15')}
              </button>
              <button type="button" className="sla-button" onClick={choose(() => props.onSnooze(60))}>
                {t('snooze60')}
              </button>
              <button
                type="button"
                className="sla-button"
                onClick={choose(() => props.onSnooze(minutesUntilMidnight(Date.now(), view.policy.timezone)))}
              >
                {t('snoozeTomorrow')}
              </button>
            </>
          ) : (
            <>
              {routes.length === 0 && <span className="sla-note">{t('noRoutes')}</span>}
              {routes.map((r) => (
                <button
                  key={r.id}
                  type="button"
                  className="sla-button"
                  aria-pressed={thread.escalatedTo === r.id}
                  onClick={choose(() => props.onEscalate(r.id))}
                >
                  {r.name}
                </button>
              ))}
              {thread.escalatedTo && (
                <button type="button" className="sla-button" onClick={choose(() => props.onEscalate(null))}>
                  {t('unescalate')}
                </button>
              )}
            </>
          )}
          <button type="button" className="sla-button" aria-label={t('close')} onClick={() => setChooser(null)}>
            ×
          </button>
        </div>
      )}
    </section>
  );
}
