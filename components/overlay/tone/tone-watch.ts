import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getOverlay } from '../store';
import { scheduleCheck } from './live-check';
import { composerOf } from '../../../lib/editor/detect';
import { originOf } from '../composer-watch';

/**
 * Keeps the tone findings in step with the draft. `input` covers typing, pasting and our own
 * writes; keyup and clicks catch what sites do without an input event, such as emptying a
 * controlled composer after sending it. A check of an unchanged draft costs a string compare.
 */
export function watchDraft(ctx: ContentScriptContext): void {
  const inComposer = (event: Event) => {
    const { composer } = getOverlay();
    return !!composer && composerOf(originOf(event)) === composer;
  };
  const onDraftEvent = (event: Event) => {
    if (inComposer(event)) scheduleCheck();
  };
  ctx.addEventListener(document, 'input', onDraftEvent, { capture: true });
  ctx.addEventListener(document, 'keyup', onDraftEvent, { capture: true });
  // A click on the page's send button (or anything else) may empty the composer.
  ctx.addEventListener(document, 'click', () => {
    if (getOverlay().composer) scheduleCheck();
  }, { capture: true, passive: true });
}
