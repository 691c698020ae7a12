import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createLatest, type Latest } from '../../../lib/async/latest';
import type { ToneFinding } from '../../../lib/engine/tone';
import type { TextEdit } from '../../../lib/engine/tone/fixes';
import type { ToneChecker } from '../../../lib/engine/tone/types';
import type { ToneEngine } from './engine-contract';

/** A send the guard stopped: what triggered it, so "Send anyway" can repeat exactly that. */
export interface HeldSend {
  via: 'enter' | 'button';
  /** The send button that was clicked (via 'button'). */
  button: HTMLElement | null;
  /** The Enter's modifiers, repeated on release (some sites send on Ctrl+Enter). */
  keys: { ctrlKey: boolean; metaKey: boolean; altKey: boolean };
}

/**
 * The tone checker for this page, compiled once per tone context (brand profile, pack rules,
 * ignored findings) and rebuilt only when the context is fetched again.
 */
export interface LoadedToneContext {
  threadId: string;
  checker: ToneChecker;
  /** Ignored always, or in this thread, as the background knew it. */
  ignored: ReadonlySet<string>;
}

/** What "fix all" wrote: undone by `revert`, offered only while the composer still holds `after`. */
export interface FixAllUndo {
  composer: HTMLElement;
  after: string;
  revert: TextEdit[];
  /** Fixes written. */
  count: number;
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
  /** The last "fix all", undoable while the draft is still what it left (fix-all.ts). */
  fixAllUndo: FixAllUndo | null;

  // What the content script keeps between events; no component renders these.
  /** The tone engine's file, imported once per page (engine-loader.ts). */
  engine: Promise<ToneEngine> | undefined;
  loaded: LoadedToneContext | null;
  /** Context requests: the answer to the latest one sent wins. */
  contextRequests: Latest;
  lastAttemptAt: number;
  /** Ignored from this page since: scope 'always' or the thread id. Kept until the page goes. */
  ignoredHere: ReadonlyMap<string, string>;
  /** "Ignore now": for the current draft only; forgotten once the draft is emptied (sent). */
  ignoredOnce: ReadonlySet<string>;
  /** Every key the checker skips, computed on demand; null after any change. */
  ignoreSet: ReadonlySet<string> | null;
  /** Bumps whenever the checker or what is ignored changes: the same text must be checked again. */
  version: number;
  /** The pending idle check (live-check.ts). */
  scheduled: number | null;
  lastChecked: { composer: HTMLElement; text: string; version: number } | null;
  /** The "send anyway" audit record not yet confirmed: a retry of the same draft reuses its id. */
  unconfirmed: { text: string; clientId: string } | null;
  /** True while a held send is being repeated on the user's "Send anyway": the guard lets it pass. */
  bypassing: boolean;
  /** The page's highlight rules (page-highlights.ts): an adopted sheet, or a <style> where adopting fails. */
  highlightSheet: CSSStyleSheet | null;
  highlightStyle: HTMLStyleElement | null;
}

const initialToneState = (): ToneState => ({
  context: 'idle',
  text: '',
  findings: [],
  held: null,
  fixFailed: false,
  fixAllUndo: null,
  engine: undefined,
  loaded: null,
  contextRequests: createLatest(),
  lastAttemptAt: 0,
  ignoredHere: new Map(),
  ignoredOnce: new Set(),
  ignoreSet: null,
  version: 0,
  scheduled: null,
  lastChecked: null,
  unconfirmed: null,
  bypassing: false,
  highlightSheet: null,
  highlightStyle: null,
});

/** The tone side of the overlay: findings of the composer's draft and the held send, if any. */
export const toneStore = createStore<ToneState>()(initialToneState);

export const getTone = () => toneStore.getState();
export const setTone = (patch: Partial<ToneState>) => toneStore.setState(patch);
/** A fresh start (startOverlay): nothing of an earlier start is kept. */
export const resetTone = () => toneStore.setState(initialToneState(), true);

export function useTone<T>(selector: (state: ToneState) => T): T {
  return useStore(toneStore, selector);
}
