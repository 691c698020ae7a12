import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadOverlaySettings } from '../../components/overlay/overlay-settings';
import { composerFocused, togglePanel } from '../../components/overlay/panel-actions';
import { loadSitePrefs } from '../../components/overlay/site-prefs';
import { getOverlay, setOverlay } from '../../components/overlay/store';
import { messageSelected, refreshSuggestions } from '../../components/overlay/suggest-actions';
import { loadToneContext } from '../../components/overlay/tone/context';
import { composerChanged, scheduleCheck } from '../../components/overlay/tone/live-check';
import { composerOf } from '../../lib/editor/detect';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/sites/hosts';
import { watchChanges } from '../../lib/storage/broadcast';
import { watchComposers } from './composer-watch';
import { mountOverlay } from './mount-ui';
import { guardSends } from './send-guard';
import { watchSelectedMessage } from './selection-watch';
import { watchToggleShortcut } from './shortcut';
import { watchDraft } from './tone-watch';

/**
 * The overlay in generic mode: a panel of suggested replies beside whichever text box the user
 * writes in, tone checks of the draft as it is typed, and a guard that holds a send while the
 * draft has a blocking finding. Nothing is added to the page until a composer gets focus (or the
 * shortcut is used), and nothing is asked of the background before that either.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    const ensureMounted = lazyMount(ctx);

    watchComposers(ctx, (composer) => {
      void ensureMounted().then(() => {
        const isNew = getOverlay().composer !== composer;
        composerFocused(composer);
        if (isNew) composerChanged();
      });
    });
    // Kept in memory only; nothing is asked of the background until a composer gets focus.
    watchSelectedMessage(ctx, messageSelected);
    watchToggleShortcut(ctx, () => {
      void ensureMounted().then(() => togglePanel(composerOf(document.activeElement)));
    });
    watchDraft(ctx);
    guardSends(ctx);
    const stopWatching = watchChanges((topic) => {
      if (!getOverlay().composer) return;
      if (topic === 'library') void refreshSuggestions();
      // Rules live in the library's packs; the profile and "ignore always" live in the settings.
      if (topic === 'library' || topic === 'settings') void loadToneContext(scheduleCheck);
      if (topic === 'settings') void loadOverlaySettings();
    });
    ctx.onInvalidated(stopWatching);
  },
});

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
