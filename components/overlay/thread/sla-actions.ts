import { request } from '../../../lib/messaging/client';
import type { RequestInput, ThreadView } from '../../../lib/schema/messages';
import type { ThreadSnapshot } from '../../../lib/schema/thread';
import { genericThreadId } from './generic-id';
import { getThread, setThread, type SlaUndo } from './store';

type SlaAction = Extract<RequestInput, { type: 'thread.action' }>['action'];

/** How often the panel asks for the clock while it is shown (the background owns the truth). */
export const SLA_REFRESH_MS = 15_000;

/**
 * Requests may be answered out of order (the background handles them concurrently): a view is
 * shown only when no later-sent request has been answered already.
 */
async function ask<T extends RequestInput>(message: T, threadId: string): Promise<void> {
  const { slaRequests } = getThread();
  const ticket = slaRequests.next();
  const view = (await request(message)) as ThreadView;
  if (getThread().threadId !== threadId || !slaRequests.settle(ticket)) return;
  setThread({ sla: { threadId, view } });
}

const currentId = () => getThread().threadId || genericThreadId();

/**
 * Reports what the adapter read to the background, which stores new messages as SLA events and
 * answers with the thread's clock. Only when the set of message ids changed since the last report.
 */
export async function reportSnapshot(snapshot: ThreadSnapshot): Promise<void> {
  const signature = `${snapshot.id}\n${snapshot.messages.map((m) => m.id).join('\n')}`;
  if (signature === getThread().reportedSignature) return;
  setThread({ reportedSignature: signature });
  try {
    await ask({ type: 'thread.snapshot', snapshot, platform: getThread().platform }, snapshot.id);
  } catch (error) {
    setThread({ reportedSignature: '' }); // the next reading tries again
    console.warn('[TrustOps] the thread could not be reported for SLA', error);
  }
}

/** Fetches the current thread's clock (periodically, and when storage says something changed). */
export async function refreshSlaView(): Promise<void> {
  const threadId = currentId();
  try {
    await ask({ type: 'thread.get', threadId }, threadId);
  } catch (error) {
    console.warn('[TrustOps] the SLA clock is unavailable', error);
  }
}

/** How long the panel offers Undo after "Answered" / "No reply needed". */
export const UNDO_MS = 10_000;
let undoTimer: ReturnType<typeof setTimeout> | undefined;

/** Offers Undo for a stop just made in `threadId`; the offer ends after UNDO_MS or with the next action. */
function offerUndo(undo: SlaUndo | null): void {
  clearTimeout(undoTimer);
  setThread({ slaUndo: undo });
  if (undo) undoTimer = setTimeout(() => setThread({ slaUndo: null }), UNDO_MS);
}

/**
 * A timer button: start (by hand, where the page cannot tell who wrote what), answered, no reply
 * needed (both undoable), undo, snooze, escalate. The seed describes the thread in case the background has not seen it.
 */
export async function slaAction(action: SlaAction): Promise<void> {
  const { adapterId, platform, title } = getThread();
  const threadId = currentId();
  const seed = {
    site: adapterId.slice(0, 100),
    platform,
    title: (title || document.title).slice(0, 500),
    url: location.href.slice(0, 2000),
  };
  offerUndo(null); // any action ends the previous offer (the background forgets it too)
  try {
    await ask({ type: 'thread.action', threadId, action, seed }, threadId);
    if ((action.kind === 'answered' || action.kind === 'no-reply') && currentId() === threadId) offerUndo({ threadId, kind: action.kind });
  } catch (error) {
    console.warn('[TrustOps] the SLA action failed', error);
  }
}
