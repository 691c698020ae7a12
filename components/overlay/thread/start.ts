import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getOverlay } from '../store';
import { rememberDrafts } from './own-replies';
import { refreshSlaView } from './sla-actions';
import { watchSlaChanges } from './sla-watch';
import { threadRead } from './thread-actions';
import { watchThread, type ThreadWatcher } from './thread-watch';

/**
 * The thread concern: the site adapter reads the open thread from the start (its customer messages
 * start SLA clocks, and its pending message is the one to answer), and the clock is asked for again
 * when it may have moved elsewhere. The watcher's listeners go with the context.
 */
export function startThread(ctx: ContentScriptContext, isOwnNode: (node: Node) => boolean): ThreadWatcher {
  ctx.onInvalidated(rememberDrafts()); // generic mode tells the user's own replies by them (own-replies.ts)
  const threads = watchThread(ctx, isOwnNode, threadRead);
  watchSlaChanges(ctx, () => {
    if (getOverlay().composer) void refreshSlaView();
  });
  return threads;
}
