import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { composerFocused, togglePanel } from '../../components/overlay/panel-actions';
import { loadSitePrefs } from '../../components/overlay/site-prefs';
import { setOverlay } from '../../components/overlay/store';
import { messageSelected, refreshSuggestions } from '../../components/overlay/suggest-actions';
import { composerOf } from '../../lib/editor/detect';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/sites/hosts';
import { watchChanges } from '../../lib/storage/broadcast';
import { watchComposers } from './composer-watch';
import { mountOverlay } from './mount-ui';
import { watchSelectedMessage } from './selection-watch';
import { watchToggleShortcut } from './shortcut';

/**
 * The overlay in generic mode: a panel of suggested replies beside whichever text box the user
 * writes in. Nothing is added to the page until a composer gets focus (or the shortcut is used).
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    const ensureMounted = lazyMount(ctx);

    watchComposers(ctx, (composer) => {
      void ensureMounted().then(() => composerFocused(composer));
    });
    // Kept in memory only; nothing is asked of the background until a composer gets focus.
    watchSelectedMessage(ctx, messageSelected);
    watchToggleShortcut(ctx, () => {
      void ensureMounted().then(() => togglePanel(composerOf(document.activeElement)));
    });
    const stopWatching = watchChanges((topic) => {
      if (topic === 'library') void refreshSuggestions();
    });
    ctx.onInvalidated(stopWatching);
  },
});

/** Mounts the UI once, restoring where the user left the panel on this site. */
function lazyMount(ctx: ContentScriptContext): () => Promise<void> {
  let mounting: Promise<void> | undefined;
  return () =>
    (mounting ??= (async () => {
      const prefs = await loadSitePrefs();
      setOverlay({ offset: { dx: prefs.dx, dy: prefs.dy }, collapsed: prefs.collapsed });
      await mountOverlay(ctx);
    })().catch((error: unknown) => {
      console.error('[TrustOps] the panel could not start', error);
    }));
}
