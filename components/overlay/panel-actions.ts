import { TEST_BUILD } from '../../lib/build-mode';
import { focusWithSelection } from '../../lib/editor/selection';
import { neutralElementName } from '../../lib/random-names';
import { saveSitePrefs } from './site-prefs';
import { refreshSuggestions } from './suggest/suggest-actions';
import { getOverlay, setOverlay } from './store';
import { setSuggest } from './suggest/store';

/**
 * The custom element hosting the panel's shadow root: a random neutral name per page in production
 * (nothing for a page to look for), a fixed one in the test build for the end-to-end tests.
 */
export const OVERLAY_TAG = TEST_BUILD ? 'trustops-overlay' : neutralElementName();

/** Focus inside the shadow root shows up as the host being the document's active element. */
export function isFocusInPanel(doc: Document = document): boolean {
  return doc.activeElement?.localName === OVERLAY_TAG;
}

/**
 * A composer got focus: the panel serves it; a different composer reopens a dismissed panel.
 * Suggestions are fetched when the panel first opens (for a message selected before) or reopens.
 */
export function composerFocused(composer: HTMLElement): void {
  const state = getOverlay();
  if (state.composer === composer) return;
  // With auto-open off in the settings the panel stays as it was: only the shortcut opens it.
  const closed = state.autoOpenPanel ? false : state.closed;
  const needsFetch = !closed && (state.closed || !state.composer);
  setSuggest({ filling: null, notice: null });
  setOverlay({ composer, closed });
  if (needsFetch) void refreshSuggestions();
}

/** Shows the panel expanded without moving focus (the guard held a send and the panel says why). */
export function openPanel(): void {
  const state = getOverlay();
  if (!state.composer || (!state.closed && !state.collapsed)) return;
  setOverlay({ closed: false, collapsed: false });
  if (state.closed) void refreshSuggestions();
}

/** Hides the panel; with `returnFocus` the caret goes back where it was in the composer. */
export function closePanel({ returnFocus }: { returnFocus: boolean }): void {
  const { composer } = getOverlay();
  setSuggest({ filling: null, notice: null });
  setOverlay({ closed: true });
  if (returnFocus && composer?.isConnected) focusWithSelection(composer);
}

export function returnFocusToComposer(): void {
  const { composer } = getOverlay();
  if (composer?.isConnected) focusWithSelection(composer);
}

/**
 * The open/close shortcut (Alt+Shift+K, or `overlay.toggle` from the background's command or the popup).
 * Closed → open and focus the panel; open with focus elsewhere → bring focus into the panel;
 * focus already in the panel → close it and return to the composer.
 */
export function togglePanel(fallbackComposer: HTMLElement | null): void {
  const state = getOverlay();
  const composer = state.composer ?? fallbackComposer;
  if (!composer) return;
  if (!state.closed && isFocusInPanel()) return closePanel({ returnFocus: true });
  const needsFetch = state.closed || !state.composer;
  setOverlay({ composer, closed: false, collapsed: false, focusRequested: true });
  if (needsFetch) void refreshSuggestions();
}

export function setCollapsed(collapsed: boolean): void {
  setOverlay({ collapsed });
  const { offset } = getOverlay();
  void saveSitePrefs({ ...offset, collapsed });
}

export function moveBy(dx: number, dy: number, base: { dx: number; dy: number }): void {
  setOverlay({ offset: { dx: base.dx + dx, dy: base.dy + dy } });
}

export function rememberPosition(): void {
  const { offset, collapsed } = getOverlay();
  void saveSitePrefs({ ...offset, collapsed });
}
