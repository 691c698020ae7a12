import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createLatest, type Latest } from '../../../lib/async/latest';
import type { ThreadView } from '../../../lib/schema/messages';
import type { Platform } from '../../../lib/schema/pack';
import type { AdapterHealth } from '../../../lib/sites/registry';

/** The customer message the thread is waiting on (the newest one no brand message follows). */
export interface PendingMessage {
  id: string;
  text: string;
  /** Who wrote it and when, as the adapter read them ('' / null when the page does not show it): saved with an idea. */
  author?: string;
  at?: string | null;
}

/** "Answered" / "no reply needed" just clicked in this thread: Undo puts the clock back. */
export interface SlaUndo {
  threadId: string;
  kind: 'answered' | 'no-reply';
}

export interface ThreadState {
  /** The adapter reading this page ('generic' when none fits or the site's markup changed). */
  adapterId: string;
  platform: Platform;
  health: AdapterHealth;
  /** The snapshot's id (`vk:convo_42`), or `generic:<origin><path>` where there is no thread; '' before the first reading. */
  threadId: string;
  title: string;
  pending: PendingMessage | null;
  /** The site's send button selector (lib/sites/page-hints), for the send guard. */
  sendButton: string | undefined;
  /** The thread's SLA clock as the background last answered, tagged with the thread it belongs to. */
  sla: { threadId: string; view: ThreadView } | null;
  /** A manual stop that the panel still offers to undo (for UNDO_MS, or until the next action). */
  slaUndo: SlaUndo | null;

  // What the content script keeps between readings; no component renders these.
  /** Clock requests: the newest answer shown so far is never replaced by an older one. */
  slaRequests: Latest;
  /** The thread id and message ids last reported: the same page read again reports nothing. */
  reportedSignature: string;
}

const initialThreadState = (): ThreadState => ({
  adapterId: 'generic',
  platform: 'generic',
  health: 'ok',
  threadId: '',
  title: '',
  pending: null,
  sendButton: undefined,
  sla: null,
  slaUndo: null,
  slaRequests: createLatest(),
  reportedSignature: '',
});

/** What the page shows: the open thread as its adapter read it, and that thread's clock. */
export const threadStore = createStore<ThreadState>()(initialThreadState);

export const getThread = () => threadStore.getState();
export const setThread = (patch: Partial<ThreadState>) => threadStore.setState(patch);
/** A fresh start (startOverlay): nothing of an earlier start is kept. */
export const resetThread = () => threadStore.setState(initialThreadState(), true);

export function useThread<T>(selector: (state: ThreadState) => T): T {
  return useStore(threadStore, selector);
}
