import { ContentScriptContext } from 'wxt/utils/content-script-context';

type RuntimeHolder = { runtime?: { id?: string } };

/**
 * Whether this content script still talks to a live extension: the runtime id disappears once the
 * extension was reloaded, updated or removed (read from the globals: no polyfill needed for one field).
 */
export const extensionAlive = (): boolean => {
  try {
    const scope = globalThis as { chrome?: RuntimeHolder; browser?: RuntimeHolder };
    return !!(scope.browser?.runtime?.id ?? scope.chrome?.runtime?.id);
  } catch {
    return false;
  }
};

/** WXT's own name for the event (private in its typings, public at run time). */
export const startedEventType = (): string =>
  (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/**
 * WXT's "content script started" CustomEvent on `document` (`<extension id>:overlay:wxt:…`) does
 * two things we cannot allow on a hostile page: it tells a page that knows the (public) extension
 * id that the overlay started, and WXT retires a running instance when the event reaches it, so a
 * page dispatching it would switch the panel and the send guard off.
 *
 * This listener on `window` runs before anything on `document` (capture phase) and swallows the
 * event while the extension context is alive: a live extension never starts a second overlay in a
 * document (site-access starts it once per document). Installed before WXT creates the context, it
 * also hides this instance's own start. Once the context is gone (the extension was reloaded,
 * updated or removed) the event passes, and WXT retires this instance as designed.
 */
export function swallowStartSignals(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  alive: () => boolean = extensionAlive,
): () => void {
  const type = startedEventType();
  const onStarted = (event: Event) => {
    if (alive()) event.stopImmediatePropagation();
  };
  target.addEventListener(type, onStarted, { capture: true });
  return () => target.removeEventListener(type, onStarted, { capture: true });
}
