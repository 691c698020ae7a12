import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { composerOf } from '../../lib/editor/detect';
import { watchOutbox } from '../../lib/outbox/content';
import { safeComposer } from '../../lib/sites/registry';
import { watchChanges } from '../../lib/storage/broadcast';
import { watchComposers } from './composer-watch';
import { startIdeas } from './ideas/start';
import { mountOverlay } from './mount-ui';
import { loadOverlaySettings } from './overlay-settings';
import { composerFocused, OVERLAY_TAG, togglePanel } from './panel-actions';
import { watchToggleShortcut } from './shortcut';
import { loadSitePrefs } from './site-prefs';
import { getOverlay, resetOverlay, setOverlay } from './store';
import { startSuggest } from './suggest/start';
import { resetSuggest } from './suggest/store';
import { startThread } from './thread/start';
import { resetThread } from './thread/store';
import { composerChanged } from './tone/live-check';
import { resetOverride } from './tone/override-record';
import { startTone } from './tone/start';
import { resetTone } from './tone/store';

/**
 * The overlay: a panel of suggested replies beside whichever text box the user writes in, tone
 * checks of the draft as it is typed, a guard that holds a send while the draft has a blocking
 * finding, and the open thread's SLA timer. On supported sites the site adapter reads the open
 * thread from the start; the panel itself is added only when a composer gets focus (or the
 * shortcut is used). Generic pages ask nothing of the background before that.
 *
 * Each concern (suggest/, tone/, thread/) keeps its state in its own store; a start begins from
 * fresh stores, and everything it set up goes with the context.
 */
export function startOverlay(ctx: ContentScriptContext): void {
  resetOverlay();
  resetSuggest();
  resetTone();
  resetOverride();
  resetThread();

  const ensureMounted = lazyMount(ctx);
  const threads = startThread(ctx, isOwnNode);

  /** The site adapter's composer when it is the one in focus; else the focused box itself. */
  const siteComposerOr = (focused: HTMLElement) => {
    const site = safeComposer(threads.adapter(), document);
    return site && (site === focused || site.contains(focused)) ? site : focused;
  };

  watchComposers(ctx, (focused) => {
    threads.refresh();
    const composer = siteComposerOr(focused);
    void ensureMounted().then(() => {
      const isNew = getOverlay().composer !== composer;
      composerFocused(composer);
      if (isNew) composerChanged();
    });
  });
  ctx.onInvalidated(startSuggest(ctx));
  watchToggleShortcut(ctx, () => {
    const focused = composerOf(document.activeElement);
    void ensureMounted().then(() => togglePanel(focused ? siteComposerOr(focused) : safeComposer(threads.adapter(), document)));
  });
  ctx.onInvalidated(startTone(ctx));
  startIdeas(ctx); // "save as idea" and the thread's "we did it" replies
  watchOutbox(ctx); // picks and audit records an earlier page could not deliver
  ctx.onInvalidated(
    watchChanges((topic) => {
      if (getOverlay().composer && topic === 'settings') void loadOverlaySettings();
    }),
  );
}

/** Page changes that are the user typing in the composer, or the panel itself, are not the thread's. */
function isOwnNode(node: Node): boolean {
  const { composer } = getOverlay();
  if (composer?.contains(node)) return true;
  return node instanceof Element && node.localName === OVERLAY_TAG;
}

/** Mounts the UI once, with the user's overlay settings and where they left the panel on this site. */
function lazyMount(ctx: ContentScriptContext): () => Promise<void> {
  let mounting: Promise<void> | undefined;
  return () =>
    (mounting ??= (async () => {
      const [prefs, settings] = await Promise.all([loadSitePrefs(), loadOverlaySettings()]);
      setOverlay({ offset: { dx: prefs.dx, dy: prefs.dy }, collapsed: prefs.collapsed, closed: settings?.autoOpenPanel === false });
      await mountOverlay(ctx);
    })().catch((error: unknown) => {
      console.error('[TrustOps] the panel could not start', error);
    }));
}
