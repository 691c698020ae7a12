import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabMessage } from '../../lib/schema/messages';
import { closePanel } from './panel-actions';
import { getOverlay } from './store';

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
  watchEscapeInComposer(ctx);

  // Checked by hand rather than with lib/messaging/tabs' zod schema: zod would add ~27 kB (gzip)
  // to a script that runs on every supported page, for one literal.
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === TOGGLE) onToggle();
    // No return value: the sender is not kept waiting and other listeners may answer.
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * Esc typed in the composer closes the open panel, as its footer hint promises. Only while the
 * panel is open (not closed, not the chip): otherwise the key is the page's alone. The default is
 * prevented (a site should not also, say, leave the chat) but the event still reaches the page.
 */
function watchEscapeInComposer(ctx: ContentScriptContext): void {
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const { composer, closed, collapsed } = getOverlay();
      if (!composer || closed || collapsed) return;
      const target = event.composedPath()[0];
      if (!(target instanceof Node) || !composer.contains(target)) return;
      event.preventDefault();
      closePanel({ returnFocus: false });
    },
    { capture: true },
  );
}
