import type { ToneFinding } from '../../../lib/engine/tone';
import { focusWithSelection } from '../../../lib/editor/selection';
import { openPanel } from '../panel-actions';
import { forgetIgnoredOnce } from './context';
import { checkNow, scheduleCheck } from './live-check';
import { reportSentFindings } from './sent-findings';
import { getTone, setTone, type HeldSend } from './store';

/**
 * The pre-send guard's decisions; the page listeners that call them are in send-watch.ts.
 * A send is held only while the draft has a `block` finding; anything else goes through untouched.
 */

/** True while a held send is being repeated on the user's "Send anyway": the guard lets it pass. */
export const isBypassing = () => getTone().bypassing;

export const blocksOf = (findings: readonly ToneFinding[]) => findings.filter((f) => f.severity === 'block');

/**
 * Checks the draft as it is now; with a block finding the send is held and the panel says why.
 * Without one the send goes ahead, and the draft that follows is a new one: "ignore now" choices
 * end here (waiting to see the composer empty would race with the user typing the next message).
 */
export function holdIfBlocked(held: HeldSend): boolean {
  const findings = checkNow();
  if (blocksOf(findings).length === 0) {
    reportSentFindings(findings);
    forgetIgnoredOnce();
    return false;
  }
  setTone({ held });
  openPanel();
  return true;
}

/** Repeats the send the guard held, exactly once, past the guard. */
export function releaseHeldSend(held: HeldSend, composer: HTMLElement): void {
  setTone({ held: null });
  if (!composer.isConnected) return;
  forgetIgnoredOnce();
  focusWithSelection(composer);
  setTone({ bypassing: true });
  try {
    if (held.via === 'button' && held.button?.isConnected) held.button.click();
    else repeatEnter(composer, held.keys);
  } finally {
    setTone({ bypassing: false });
  }
  // The page usually empties the composer now, without an input event to tell us.
  scheduleCheck();
}

/**
 * Sites listen for keydown (React's onKeyDown included) and take dispatched events as well. A
 * dispatched Enter has no default action, though: a one-line field that relied on the browser
 * submitting its form gets the submission explicitly, unless the page handled the key itself.
 */
function repeatEnter(composer: HTMLElement, keys: HeldSend['keys']): void {
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true, ...keys };
  const unhandled = composer.dispatchEvent(new KeyboardEvent('keydown', init));
  if (unhandled && composer instanceof HTMLInputElement && composer.form) composer.form.requestSubmit();
}
