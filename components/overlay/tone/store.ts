import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ToneFinding } from '../../../lib/engine/tone';

/** A send the guard stopped: what triggered it, so "Send anyway" can repeat exactly that. */
export interface HeldSend {
  via: 'enter' | 'button';
  /** The send button that was clicked (via 'button'). */
  button: HTMLElement | null;
  /** The Enter's modifiers, repeated on release (some sites send on Ctrl+Enter). */
  keys: { ctrlKey: boolean; metaKey: boolean; altKey: boolean };
}

export interface ToneState {
  /** The brand profile and rules from the background: nothing is checked before they arrive. */
  context: 'idle' | 'loading' | 'ready' | 'error';
  /** The draft the findings belong to. */
  text: string;
  findings: ToneFinding[];
  held: HeldSend | null;
  /** The editor refused an applied fix. */
  fixFailed: boolean;
}

const initialToneState: ToneState = { context: 'idle', text: '', findings: [], held: null, fixFailed: false };

/** The tone side of the overlay: findings of the composer's draft and the held send, if any. */
export const toneStore = createStore<ToneState>()(() => ({ ...initialToneState }));

export const getTone = () => toneStore.getState();
export const setTone = (patch: Partial<ToneState>) => toneStore.setState(patch);

export function useTone<T>(selector: (state: ToneState) => T): T {
  return useStore(toneStore, selector);
}
