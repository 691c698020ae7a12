import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { IdeaDoneDraft, IdeaSaveResult } from '../../../lib/schema/idea';

/** "Save as idea" for the message the panel quotes: what happened to the last save, and for which text. */
export type IdeaSaveState =
  | { status: 'idle' }
  | { status: 'saving'; text: string }
  | { status: 'saved'; text: string; result: IdeaSaveResult }
  | { status: 'failed'; text: string; error: string };

export interface IdeasState {
  save: IdeaSaveState;
  /** The open thread's "we did it" replies, tagged with the thread they belong to. */
  drafts: { threadId: string; items: IdeaDoneDraft[] } | null;
  /** Drafts inserted in this page: they stay shown as done until the thread changes. */
  inserted: string[];
}

const initialIdeasState = (): IdeasState => ({ save: { status: 'idle' }, drafts: null, inserted: [] });

export const ideasStore = createStore<IdeasState>()(initialIdeasState);
export const getIdeas = () => ideasStore.getState();
export const setIdeas = (patch: Partial<IdeasState>) => ideasStore.setState(patch);
export const resetIdeas = () => ideasStore.setState(initialIdeasState(), true);

export function useIdeas<T>(selector: (state: IdeasState) => T): T {
  return useStore(ideasStore, selector);
}
