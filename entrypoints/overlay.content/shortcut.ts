import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The message the background sends when the `toggle-panel` command (Alt+Shift+K) fires. */
export const TOGGLE_PANEL_MESSAGE = 'toggle-panel';

const isToggleShortcut = (event: KeyboardEvent) =>
  // `code`, not `key`: the same physical key on a Russian layout types «Л».
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';

/**
 * Alt+Shift+K toggles the panel. The page hears it in the capture phase, before the site's own
 * handlers; it is the only key the overlay ever takes from the page. Browsers that map the
 * extension command to the same keys deliver it through the background instead.
 */
export function watchToggleShortcut(ctx: ContentScriptContext, onToggle: () => void): void {
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!isToggleShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (!event.repeat) onToggle();
    },
    { capture: true },
  );

  const onMessage = (message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TOGGLE_PANEL_MESSAGE) onToggle();
    // No return value: other listeners (and the sender) are not kept waiting for an answer.
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
