import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getOverlay } from '../store';
import { getThread } from '../thread/store';
import { checkNow } from './live-check';
import { blocksOf, holdIfBlocked, isBypassing } from './send-actions';
import { composerOf } from '../../../lib/editor/detect';
import { isSendButtonTarget } from '../../../lib/editor/send-button';
import { originOf } from '../composer-watch';

/** Enter sends on social sites; Shift+Enter is a new line, and Enter that ends an IME composition is neither. */
const isSendKey = (event: KeyboardEvent) =>
  event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229;

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * A send a page script dispatched (untrusted Enter or click): held while the draft is blocked, but
 * silently. Only the user's own send opens the panel on the held send and its "Send anyway".
 */
function holdUntrusted(event: Event): boolean {
  if (event.isTrusted) return false;
  if (blocksOf(checkNow()).length > 0) hold(event);
  return true;
}

/**
 * Holds a send while the draft has a `block` finding: Enter in the composer and clicks on its
 * send button are caught on `window` in the capture phase, before any page handler, and stopped
 * only in that case. Everything else passes untouched; a failure in the guard lets the send go
 * rather than breaking the page. Listeners go with the content script's context.
 */
export function guardSends(ctx: ContentScriptContext): void {
  /** The Enter whose keydown was held: its keyup must not reach sites that send on keyup. */
  let heldEnter = false;

  const activeComposer = (event: Event) => {
    const { composer } = getOverlay();
    return composer && composerOf(originOf(event)) === composer ? composer : null;
  };

  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!isSendKey(event) || isBypassing()) return;
      try {
        if (!activeComposer(event) || holdUntrusted(event)) return;
        const keys = { ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey };
        if (!holdIfBlocked({ via: 'enter', button: null, keys })) return;
        heldEnter = true;
        hold(event);
      } catch (error) {
        console.warn('[TrustOps] the send guard failed; the send goes through', error);
      }
    },
    { capture: true },
  );

  ctx.addEventListener(
    window,
    'keyup',
    (event) => {
      if (event.key !== 'Enter' || !heldEnter) return;
      heldEnter = false;
      hold(event);
    },
    { capture: true },
  );

  ctx.addEventListener(
    window,
    'click',
    (event) => {
      if (isBypassing()) return;
      try {
        const { composer } = getOverlay();
        if (!composer?.isConnected) return;
        // The site's own send button first; the generic search if its markup has changed.
        const target = originOf(event);
        const { sendButton } = getThread();
        const button = (sendButton ? isSendButtonTarget(target, composer, { selector: sendButton }) : null) ?? isSendButtonTarget(target, composer);
        if (!button || holdUntrusted(event)) return;
        const keys = { ctrlKey: false, metaKey: false, altKey: false };
        if (holdIfBlocked({ via: 'button', button, keys })) hold(event);
      } catch (error) {
        console.warn('[TrustOps] the send guard failed; the send goes through', error);
      }
    },
    { capture: true },
  );
}
