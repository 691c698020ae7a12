import type { ToneFinding } from '../../../lib/engine/tone';
import { readDraft } from '../../../lib/editor/draft';
import { getOverlay } from '../store';
import { getThread } from '../thread/store';
import { ensureToneContext, forgetIgnoredOnce, ignoredKeys, toneChecker, toneVersion } from './context';
import { clearHighlights, paintHighlights } from './page-highlights';
import { getTone, setTone } from './store';

/** Upper bound on waiting for idle time: on a page that is never idle the check still runs. */
const IDLE_TIMEOUT_MS = 50;

/**
 * Checks the draft at the next idle moment; a burst of keystrokes costs one check. The checker
 * itself takes well under a millisecond, so idle time is only about not delaying the keystroke.
 */
export function scheduleCheck(): void {
  ensureToneContext(scheduleCheck);
  if (getTone().scheduled !== null) return;
  const run = () => {
    setTone({ scheduled: null });
    checkNow();
  };
  setTone({ scheduled: typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(run, 16) });
}

export function cancelScheduledCheck(): void {
  const { scheduled } = getTone();
  if (scheduled === null) return;
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(scheduled);
  clearTimeout(scheduled);
  setTone({ scheduled: null });
}

/**
 * Checks the composer's draft right now and publishes the findings (the send guard needs an
 * answer for the text as it is at the moment of sending, not as it was at the last idle time).
 * Never throws: a failing check must not break typing.
 */
export function checkNow(): ToneFinding[] {
  try {
    const { composer } = getOverlay();
    const checker = toneChecker();
    if (!composer?.isConnected || !checker) return [];
    const draft = readDraft(composer);
    const version = toneVersion();
    const { lastChecked } = getTone();
    if (lastChecked?.composer === composer && lastChecked.text === draft.text && lastChecked.version === version)
      return getTone().findings;
    const edited = getTone().text !== draft.text;
    if (!draft.text.trim()) forgetIgnoredOnce();
    const findings = draft.text.trim() ? checker.check(draft.text, { platform: getThread().platform, kind: 'reply', ignore: ignoredKeys(), messageLang: getOverlay().lang }) : [];
    setTone({ lastChecked: { composer, text: draft.text, version: toneVersion() } });
    // An edited draft is a new question: an older held send or failed fix no longer applies; nor
    // does a held send once no block is left (the user ignored it).
    const { held } = getTone();
    const stillHeld = !edited && held !== null && findings.some((f) => f.severity === 'block');
    setTone(edited ? { text: draft.text, findings, held: null, fixFailed: false } : { findings, held: stillHeld ? held : null });
    paintHighlights(draft, findings);
    return findings;
  } catch (error) {
    console.warn('[TrustOps] the tone check failed', error);
    return [];
  }
}

/** Another composer took over: its draft is checked afresh and the old marks go. */
export function composerChanged(): void {
  clearHighlights();
  setTone({ lastChecked: null, text: '', findings: [], held: null, fixFailed: false });
  scheduleCheck();
}
