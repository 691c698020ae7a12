import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEBUG_CLOCK_ENABLED, DEBUG_CLOCK_KEY } from '../../../lib/clock';
import { watchChanges } from '../../../lib/storage/broadcast';

/**
 * Asks for the thread's clock again when it may have moved without this page doing anything:
 * a thread action taken elsewhere (the queue), a new SLA policy, or the debug clock offset that
 * end-to-end tests use to move time forward.
 */
export function watchSlaChanges(ctx: ContentScriptContext, onChange: () => void): void {
  const stopWatching = watchChanges((topic) => {
    if (topic === 'threads' || topic === 'settings') onChange();
  });
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (DEBUG_CLOCK_ENABLED && area === 'local' && DEBUG_CLOCK_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    stopWatching();
    browser.storage.onChanged.removeListener(onStorage);
  });
}
