import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { composerOf } from '../../lib/editor/detect';
import { rememberSelection } from '../../lib/editor/selection';
import { OVERLAY_TAG } from './panel-actions';

/** The element an event really started at, inside the page's open shadow roots too. */
export function originOf(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}

const isOverlay = (target: EventTarget | null) => target instanceof Element && target.localName === OVERLAY_TAG;

/**
 * Follows the composer the user works in: reports each composer that gets focus, and keeps its
 * caret remembered while it has focus, so that insertion later goes where the user was typing.
 */
export function watchComposers(ctx: ContentScriptContext, onComposerFocused: (composer: HTMLElement) => void): void {
  let current: HTMLElement | null = null;

  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      if (isOverlay(event.target)) return;
      const composer = composerOf(originOf(event));
      if (!composer) return;
      current = composer;
      rememberSelection(composer);
      onComposerFocused(composer);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'focusout',
    (event) => {
      if (current && composerOf(originOf(event)) === current) rememberSelection(current);
    },
    { capture: true },
  );
  // A contenteditable's caret lives in the document selection, which moves as soon as the user
  // selects the customer's message: keep a copy while the composer still owns it.
  ctx.addEventListener(document, 'selectionchange', () => {
    if (current?.contains(document.activeElement)) rememberSelection(current);
  });
}
