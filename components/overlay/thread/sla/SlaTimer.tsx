import { useEffect, useId, useMemo, useState } from 'react';
import type { Lang } from '../../../../lib/i18n/translate';
import type { ThreadView } from '../../../../lib/schema/messages';
import { slaTimerTranslator, type SlaTimerTranslate } from './sla-timer-texts';
import { SlaTimerChoices, type ChooserKind } from './SlaTimerChoices';
import { clockTime, colourOf, describeLeft, liveLeftMs, termsOf, workdayMsOfView } from './timer-model';

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
  /** Takes back the stop in `undo` (offered for a few seconds after it). */
  onUndo: () => void;
  /** "Answered" / "no reply needed" was just clicked here and may still be undone. */
  undo: 'answered' | 'no-reply' | null;
  /** The page shows a customer message that no brand message follows. */
  visiblyWaiting: boolean;
  /** Generic mode: the page cannot say who wrote what, and no customer message was found above the box. */
  cannotSee: boolean;
}

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

  if (!pending) return <IdleTimer {...props} t={t} />;
  const leftMs = liveLeftMs(view, Math.max(0, now - received.at));
  return <RunningTimer {...props} t={t} leftMs={leftMs} />;
}

/**
 * No clock runs. Never "no reply pending" above a customer message the page still shows unanswered:
 * a stop made by hand reads "Marked answered" (with Undo while it is offered), and a page where
 * generic mode finds no customer message says so and offers the manual start.
 */
function IdleTimer({ view, t, undo, visiblyWaiting, cannotSee, onStart, onUndo }: SlaTimerProps & { t: SlaTimerTranslate }) {
  const stopped = view.thread?.status === 'closed' ? 'no-reply' : 'answered';
  const marked = undo ?? (view.thread && visiblyWaiting ? stopped : null);
  const text = marked ? t(marked === 'no-reply' ? 'markedNoReply' : 'markedAnswered') : cannotSee && !view.thread ? t('cantSee') : t('idle');
  return (
    <section className="sla-timer sla-idle" aria-label={t('region')} data-state={view.thread ? 'answered' : 'idle'}>
      <div className="sla-status">
        <span className="sla-left" data-testid="trustops-sla" role="status">
          {text}
        </span>
      </div>
      <div className="sla-actions">
        {undo ? (
          // Focus moves here from the button that just disappeared, so the keyboard user can undo at once.
          <button key="undo" type="button" className="sla-button" data-testid="trustops-sla-undo" autoFocus onClick={onUndo}>
            ↶ {t('undo')}
          </button>
        ) : (
          <button key="start" type="button" className="sla-button" onClick={onStart}>
            ▶ {t('start')}
          </button>
        )}
      </div>
    </section>
  );
}

function RunningTimer(props: SlaTimerProps & { t: SlaTimerTranslate; leftMs: number | null }) {
  const { view, lang, routes, t, leftMs } = props;
  const [chooser, setChooser] = useState<ChooserKind | null>(null);
  const [showTerms, setShowTerms] = useState(false);
  const termsId = useId();
  const thread = view.thread!;
  const snoozed = thread.status === 'snoozed' && thread.snoozedUntil !== null;
  const colour = colourOf(leftMs, view);
  const terms = termsOf(view, lang, t);
  const route = thread.escalatedTo ? (routes.find((r) => r.id === thread.escalatedTo)?.name ?? thread.escalatedTo) : null;
  const stateText = t(colour === 'breached' ? 'stateBreached' : colour === 'warning' ? 'stateWarning' : 'stateOk');
  // A choice closes the list, then reports itself.
  const choose =
    <T,>(run: (value: T) => void) =>
    (value: T) => {
      setChooser(null);
      run(value);
    };

  return (
    <section className={`sla-timer sla-${snoozed ? 'snoozed' : colour}`} aria-label={t('region')} data-state={snoozed ? 'snoozed' : colour}>
      <div className="sla-status">
        <span className="sla-left" data-testid="trustops-sla" title={terms.join(' · ')}>
          {describeLeft(leftMs, lang, t, workdayMsOfView(view))}
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
        {/* Secondary on purpose: a reply the page shows stops the clock by itself; this is the fallback. */}
        <button type="button" className="sla-button" onClick={props.onAnswered}>
          ✓ {t('answered')}
        </button>
        <button type="button" className="sla-button sla-quiet" onClick={props.onNoReply}>
          {t('noReply')}
        </button>
        {(['snooze', 'escalate'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="sla-button sla-quiet"
            aria-expanded={chooser === kind}
            onClick={() => setChooser(chooser === kind ? null : kind)}
          >
            {t(kind)} ▾
          </button>
        ))}
      </div>
      {chooser && (
        <SlaTimerChoices
          kind={chooser}
          t={t}
          routes={routes}
          escalatedTo={thread.escalatedTo}
          timezone={view.policy.timezone}
          onSnooze={choose(props.onSnooze)}
          onEscalate={choose(props.onEscalate)}
          onClose={() => setChooser(null)}
        />
      )}
    </section>
  );
}
