import { createStore } from 'zustand/vanilla';
import { browserLanguages, resolveLang, type Lang } from '../../lib/i18n/lang';

export interface Offset {
  dx: number;
  dy: number;
}

export interface OverlayState {
  /** The composer the panel serves (the last one focused); null until one is focused. */
  composer: HTMLElement | null;
  /** Dismissed by the user: stays hidden for this composer until the shortcut opens it. */
  closed: boolean;
  collapsed: boolean;
  /** Where the user dragged the panel, relative to its automatic place (remembered per site). */
  offset: Offset;
  /** The shortcut asked for keyboard focus in the panel; the panel clears it once done. */
  focusRequested: boolean;
  /** From the user's settings (`overlay.settings`): off = the panel opens only by the shortcut. */
  autoOpenPanel: boolean;
  suggestionsCount: number;
  /** The panel's language: the settings' choice, or the browser's for 'auto'. */
  lang: Lang;
  /** Where a thread can be escalated (settings' routes). */
  escalationRoutes: readonly { id: string; name: string }[];
  /**
   * The panel's shadow host and root once mounted. In production the root is closed, so
   * `host.shadowRoot` is null: the content script's own code (selection-watch) keeps the reference here.
   */
  mounted: { host: HTMLElement; shadow: ShadowRoot } | null;
}

const initialOverlayState = (): OverlayState => ({
  composer: null,
  closed: false,
  collapsed: false,
  offset: { dx: 0, dy: 0 },
  focusRequested: false,
  autoOpenPanel: true,
  suggestionsCount: 5,
  lang: resolveLang('auto', browserLanguages()),
  escalationRoutes: [],
  mounted: null,
});

/** One panel per page: the content script and the React tree share this store. */
export const overlayStore = createStore<OverlayState>()(initialOverlayState);

export const setOverlay = (patch: Partial<OverlayState>) => overlayStore.setState(patch);
export const getOverlay = () => overlayStore.getState();
/** A fresh start (startOverlay): nothing of an earlier start is kept. */
export const resetOverlay = () => overlayStore.setState(initialOverlayState(), true);
