import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchChanges } from '../../../lib/storage/broadcast';
import { getOverlay } from '../store';
import { watchSelectedMessage } from './selection-watch';
import { messageSelected, refreshSuggestions } from './suggest-actions';

/**
 * The suggestions concern: text selected on the page is the message to answer (kept in memory
 * only; nothing is asked of the background until a composer gets focus), and a library change
 * asks for replies again. Returns what to undo when the overlay stops.
 */
export function startSuggest(ctx: ContentScriptContext): () => void {
  watchSelectedMessage(ctx, messageSelected);
  return watchChanges((topic) => {
    if (getOverlay().composer && topic === 'library') void refreshSuggestions();
  });
}
