import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extensionAlive } from '../../lib/extension-alive';

/** WXT's own name for this script's event (private in its typings, public at run time). */
export const startedEventType = (): string =>
  (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/**
 * The overlay's event name as WXT builds it (`<runtime id>:<entrypoint>:wxt:content-script-started`),
 * for a script of another entrypoint: the document_start script swallows it before any page listener.
 */
export const overlayStartedEventType = (runtimeId: string): string => `${runtimeId}:overlay:wxt:content-script-started`;

/**
 * WXT's "content script started" CustomEvent on `document` (`<extension id>:overlay:wxt:…`) does
 * two things we cannot allow on a hostile page: it tells a page that knows the (public) extension
 * id that the overlay started, and WXT retires a running instance when the event reaches it, so a
 * page dispatching it would switch the panel and the send guard off.
 *
 * This listener on `window` runs before anything on `document` (capture phase) and swallows the
 * event while the extension context is alive: a live extension never starts a second overlay in a
 * document (site-access starts it once per document). entrypoints/editor-channel.content.ts installs
 * it at document_start, before any page listener, so the page hears neither the overlay's own start
 * nor its forgery; the overlay installs it again when its module loads, before WXT creates its
 * context (for a late start without the document_start script). Once the context is gone (the
 * extension was reloaded, updated or removed) the event passes, and WXT retires that instance.
 */
export function swallowStartSignals(
  type: string = startedEventType(),
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  alive: () => boolean = extensionAlive,
): () => void {
  const onStarted = (event: Event) => {
    if (alive()) event.stopImmediatePropagation();
  };
  target.addEventListener(type, onStarted, { capture: true });
  return () => target.removeEventListener(type, onStarted, { capture: true });
}
