import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchChanges } from '../../../lib/storage/broadcast';
import { getOverlay } from '../store';
import { loadToneContext } from './context';
import { loadToneEngine } from './engine-loader';
import { cancelScheduledCheck, scheduleCheck } from './live-check';
import { removeHighlights } from './page-highlights';
import { guardSends } from './send-watch';
import { watchDraft } from './tone-watch';

/**
 * The tone concern: checks of the draft as it is typed, and the guard that holds a send while the
 * draft has a blocking finding. Returns what to undo when the overlay stops.
 */
export function startTone(ctx: ContentScriptContext): () => void {
  watchDraft(ctx);
  guardSends(ctx);
  // Rules live in the library's packs; the profile and "ignore always" live in the settings.
  const stopWatching = watchChanges((topic) => {
    if (getOverlay().composer && (topic === 'library' || topic === 'settings')) void loadToneContext(scheduleCheck);
  });
  const stopPreload = preloadToneEngine();
  return () => {
    stopWatching();
    stopPreload();
    cancelScheduledCheck();
    removeHighlights();
  };
}

/**
 * The tone engine is a separate file: evaluate it in an idle task of its own, before the first
 * keystroke needs it (a failure is retried when the tone context loads).
 */
function preloadToneEngine(): () => void {
  let warm = 0;
  const preload = requestIdleCallback(
    () =>
      void loadToneEngine()
        .then((engine) => (warm = requestIdleCallback(() => engine.warmUp(), { timeout: 5_000 })))
        .catch(() => {}),
    { timeout: 5_000 },
  );
  return () => (cancelIdleCallback(preload), cancelIdleCallback(warm));
}
