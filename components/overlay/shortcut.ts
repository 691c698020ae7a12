import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabMessage } from '../../lib/schema/messages';

const TOGGLE: TabMessage['type'] = 'overlay.toggle';

const isToggleShortcut = (event: KeyboardEvent) =>
  // `code`, not `key`: the same physical key on a Russian layout types «Л».
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';

/**
 * Alt+Shift+K toggles the panel. The page hears it in the capture phase, before the site's own
 * handlers; it is the only key the overlay ever takes from the page. Where the browser binds the
 * extension's `toggle-panel` command to those keys, the page never sees them: the background
 * (and the popup) send `overlay.toggle` instead.
 */
export function watchToggleShortcut(ctx: ContentScriptContext, onToggle: () => void): void {
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      // A page script may dispatch the same keys: only the user's own keystroke opens the panel.
      if (!event.isTrusted || !isToggleShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (!event.repeat) onToggle();
    },
    { capture: true },
  );

  // Checked by hand rather than with lib/messaging/tabs' zod schema: zod would add ~27 kB (gzip)
  // to a script that runs on every supported page, for one literal.
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === TOGGLE) onToggle();
    // No return value: the sender is not kept waiting and other listeners may answer.
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
