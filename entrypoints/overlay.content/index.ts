import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadOverlaySettings } from '../../components/overlay/overlay-settings';
import { composerFocused, OVERLAY_TAG, togglePanel } from '../../components/overlay/panel-actions';
import { loadSitePrefs } from '../../components/overlay/site-prefs';
import { getOverlay, setOverlay } from '../../components/overlay/store';
import { messageSelected, refreshSuggestions } from '../../components/overlay/suggest-actions';
import { refreshSlaView } from '../../components/overlay/thread/sla-actions';
import { threadRead } from '../../components/overlay/thread/thread-actions';
import { loadToneContext } from '../../components/overlay/tone/context';
import { loadToneEngine } from '../../components/overlay/tone/engine-loader';
import { composerChanged, scheduleCheck } from '../../components/overlay/tone/live-check';
import { composerOf } from '../../lib/editor/detect';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/sites/hosts';
import { safeComposer } from '../../lib/sites/registry';
import { watchChanges } from '../../lib/storage/broadcast';
import { watchOutbox } from '../../lib/outbox/content';
import { watchComposers } from './composer-watch';
import { mountOverlay } from './mount-ui';
import { swallowStartSignals } from './started-guard';
import { guardSends } from './send-guard';
import { watchSelectedMessage } from './selection-watch';
import { watchToggleShortcut } from './shortcut';
import { watchSlaChanges } from './sla-watch';
import { watchThread } from './thread-watch';
import { watchDraft } from './tone-watch';

/**
 * At module evaluation, before WXT creates this script's context and announces its start: the page
 * must neither hear that announcement nor stop the overlay by forging it (see started-guard.ts).
 * The build also evaluates this module in Node to read the options below; there is no window there.
 */
const stopSwallowingStartSignals = typeof window === 'undefined' ? () => {} : swallowStartSignals();

/**
 * The overlay: a panel of suggested replies beside whichever text box the user writes in, tone
 * checks of the draft as it is typed, a guard that holds a send while the draft has a blocking
 * finding, and the open thread's SLA timer. On supported sites the site adapter reads the open
 * thread from the start (its customer messages start SLA clocks); the panel itself is added only
 * when a composer gets focus (or the shortcut is used). Generic pages ask nothing of the
 * background before that.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  // WXT would announce each start to the page with window.postMessage, naming the extension id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ctx.onInvalidated(stopSwallowingStartSignals);
    const ensureMounted = lazyMount(ctx);
    const threads = watchThread(ctx, isOwnNode, threadRead);

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
    // Kept in memory only; nothing is asked of the background until a composer gets focus.
    watchSelectedMessage(ctx, messageSelected);
    watchToggleShortcut(ctx, () => {
      const focused = composerOf(document.activeElement);
      void ensureMounted().then(() => togglePanel(focused ? siteComposerOr(focused) : safeComposer(threads.adapter(), document)));
    });
    watchDraft(ctx);
    guardSends(ctx);
    watchOutbox(ctx); // picks and audit records an earlier page could not deliver
    watchSlaChanges(ctx, () => {
      if (getOverlay().composer) void refreshSlaView();
    });
    const stopWatching = watchChanges((topic) => {
      if (!getOverlay().composer) return;
      if (topic === 'library') void refreshSuggestions();
      // Rules live in the library's packs; the profile and "ignore always" live in the settings.
      if (topic === 'library' || topic === 'settings') void loadToneContext(scheduleCheck);
      if (topic === 'settings') void loadOverlaySettings();
    });
    ctx.onInvalidated(stopWatching);
    // The tone engine is a separate file: evaluate it in an idle task of its own, before the
    // first keystroke needs it (a failure is retried when the tone context loads).
    let warm = 0;
    const preload = requestIdleCallback(
      () =>
        void loadToneEngine()
          .then((engine) => (warm = requestIdleCallback(() => engine.warmUp(), { timeout: 5_000 })))
          .catch(() => {}),
      { timeout: 5_000 },
    );
    ctx.onInvalidated(() => (cancelIdleCallback(preload), cancelIdleCallback(warm)));
  },
});

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
