import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchChanges } from '../../../lib/storage/broadcast';
import { getOverlay, overlayStore } from '../store';
import { threadStore } from '../thread/store';
import { refreshDoneDrafts } from './idea-actions';
import { resetIdeas } from './store';

/**
 * The ideas concern: while the panel shows, the open thread's "we did it" replies are asked for
 * when the thread changes, when the panel appears, and when an idea changed (marked done in the
 * dashboard). Nothing is asked before the panel shows: pages merely visited cost nothing.
 */
export function startIdeas(ctx: ContentScriptContext): void {
  resetIdeas();
  const refresh = () => {
    if (getOverlay().composer) void refreshDoneDrafts();
  };
  const stopThread = threadStore.subscribe((state, previous) => {
    if (state.threadId !== previous.threadId) refresh();
  });
  const stopOverlay = overlayStore.subscribe((state, previous) => {
    if (state.composer && !previous.composer) refresh();
  });
  const stopChanges = watchChanges((topic) => {
    if (topic === 'ideas') refresh();
  });
  ctx.onInvalidated(() => {
    stopThread();
    stopOverlay();
    stopChanges();
  });
}
