import { createStore } from 'zustand/vanilla';
import { browserLanguages, resolveLang, type Lang } from '../../lib/i18n/lang';
import type { SuggestedReply } from '../../lib/schema/messages';

/**
 * Where the customer's message came from: the thread's newest unanswered message as the site
 * adapter read it, a selection on the page, or the search box (the last two override the first).
 */
export type MessageSource = 'thread' | 'selection' | 'search';
export interface CustomerMessage {
  text: string;
  source: MessageSource;
}

export type SuggestionsState =
  | { status: 'idle' }
  | { status: 'loading'; items: SuggestedReply[] }
  | { status: 'ready'; items: SuggestedReply[] }
  | { status: 'error'; reason: 'reload' | 'other'; detail: string };

/** A reply waiting for its `{placeholder}` values before it is inserted. */
export interface Filling {
  reply: SuggestedReply;
  fields: string[];
  values: Record<string, string>;
}

export type Notice =
  | { kind: 'inserted' }
  | { kind: 'copied' }
  | { kind: 'failed'; text: string };

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
  /** The message being answered: the search query, else the page selection, else the thread's. */
  message: CustomerMessage | null;
  /** The last customer message selected on the page (what an emptied search box falls back to). */
  selectedText: string;
  /** The search box's contents. */
  query: string;
  suggestions: SuggestionsState;
  activeIndex: number;
  filling: Filling | null;
  notice: Notice | null;
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
}

export const initialOverlayState: OverlayState = {
  composer: null,
  closed: false,
  collapsed: false,
  message: null,
  selectedText: '',
  query: '',
  suggestions: { status: 'idle' },
  activeIndex: 0,
  filling: null,
  notice: null,
  offset: { dx: 0, dy: 0 },
  focusRequested: false,
  autoOpenPanel: true,
  suggestionsCount: 5,
  lang: resolveLang('auto', browserLanguages()),
  escalationRoutes: [],
};

/** One panel per page: the content script and the React tree share this store. */
export const overlayStore = createStore<OverlayState>()(() => ({ ...initialOverlayState }));

export const setOverlay = (patch: Partial<OverlayState>) => overlayStore.setState(patch);
export const getOverlay = () => overlayStore.getState();

export function suggestionItems(state: OverlayState): SuggestedReply[] {
  const { suggestions } = state;
  return suggestions.status === 'ready' || suggestions.status === 'loading' ? suggestions.items : [];
}
