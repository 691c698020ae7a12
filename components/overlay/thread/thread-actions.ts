import type { ThreadSnapshot } from '../../../lib/schema/thread';
import { lastUnansweredCustomerMessage } from '../../../lib/sites/last-message';
import { pageHintsOf } from '../../../lib/sites/page-hints';
import { platformOf, type AdapterHealth } from '../../../lib/sites/registry';
import { getOverlay } from '../store';
import { threadMessageChanged } from '../suggest/suggest-actions';
import { scheduleCheck } from '../tone/live-check';
import { genericThreadId } from './generic-id';
import { refreshSlaView, reportSnapshot } from './sla-actions';
import { getThread, setThread, type PendingMessage } from './store';

/** One reading of the page by its adapter (the content script's thread watcher makes them). */
export interface ThreadReading {
  adapterId: string;
  health: AdapterHealth;
  /** Null where the adapter sees no thread (generic pages, a site's pages outside conversations). */
  snapshot: ThreadSnapshot | null;
  url: URL;
}

function pendingOf(snapshot: ThreadSnapshot | null): PendingMessage | null {
  const message = snapshot ? lastUnansweredCustomerMessage(snapshot) : undefined;
  return message ? { id: message.id, text: message.text } : null;
}

/**
 * Publishes a reading: the panel's thread line and message, the tone context (ignores are per
 * thread), and the SLA clock — site threads are reported to the background as soon as they are
 * read (that is what starts their clocks); generic pages only ask for a clock once the panel shows.
 */
export function threadRead({ adapterId, health, snapshot, url }: ThreadReading): void {
  const previous = getThread();
  const threadId = snapshot?.id ?? genericThreadId(url);
  const read = pendingOf(snapshot);
  // The same message read again keeps its object: panel parts selecting it do not re-render.
  const pending = read && previous.pending && read.id === previous.pending.id && read.text === previous.pending.text ? previous.pending : read;
  const switchedThread = threadId !== previous.threadId;
  setThread({
    adapterId,
    platform: platformOf(adapterId),
    health,
    threadId,
    title: snapshot?.title ?? '',
    pending,
    sendButton: pageHintsOf(adapterId)?.sendButton,
    ...(switchedThread ? { sla: null } : {}),
  });

  if (switchedThread || pending?.text !== previous.pending?.text) threadMessageChanged({ switchedThread });
  const panelShown = getOverlay().composer !== null;
  // Another thread: its tone context (ignores "in this thread") and its clock.
  if (switchedThread && panelShown) scheduleCheck();
  if (snapshot && snapshot.site !== 'generic' && snapshot.messages.length > 0) void reportSnapshot(snapshot);
  else if (switchedThread && panelShown) void refreshSlaView();
}
