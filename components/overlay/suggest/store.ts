import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createLatest, type Latest } from '../../../lib/async/latest';
import type { SuggestedReply } from '../../../lib/schema/messages';
import type { PrefillSource } from '../../../lib/engine/suggest/prefill';

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
  /** Fields whose value was proposed from the thread, and where from (cleared when the user edits it). */
  prefilled: Record<string, PrefillSource>;
}

export type Notice =
  | { kind: 'inserted' }
  | { kind: 'copied' }
  | { kind: 'failed'; text: string };

export interface SuggestState {
  /** The message being answered: the search query, else the page selection, else the thread's. */
  message: CustomerMessage | null;
  /** The last customer message selected on the page (what an emptied search box falls back to). */
  selectedText: string;
  /** The search box's contents. */
  query: string;
  suggestions: SuggestionsState;
  activeIndex: number;
  filling: Filling | null;
  /** How the last insertion went. */
  notice: Notice | null;

  // What the content script keeps between events; no component renders these.
  /** Suggestion requests: the answer to the latest one sent wins. */
  requests: Latest;
  /** The search box's debounce. */
  queryTimer: ReturnType<typeof setTimeout> | undefined;
}

const initialSuggestState = (): SuggestState => ({
  message: null,
  selectedText: '',
  query: '',
  suggestions: { status: 'idle' },
  activeIndex: 0,
  filling: null,
  notice: null,
  requests: createLatest(),
  queryTimer: undefined,
});

/** The suggested replies: the message answered, the replies for it, and the one being filled in. */
export const suggestStore = createStore<SuggestState>()(initialSuggestState);

export const getSuggest = () => suggestStore.getState();
export const setSuggest = (patch: Partial<SuggestState>) => suggestStore.setState(patch);
/** A fresh start (startOverlay): nothing of an earlier start is kept. */
export const resetSuggest = () => suggestStore.setState(initialSuggestState(), true);

export function useSuggest<T>(selector: (state: SuggestState) => T): T {
  return useStore(suggestStore, selector);
}

export function suggestionItems(state: SuggestState): SuggestedReply[] {
  const { suggestions } = state;
  return suggestions.status === 'ready' || suggestions.status === 'loading' ? suggestions.items : [];
}
