import type { ThreadSnapshot } from '../../../lib/schema/thread';
import { lastUnansweredCustomerMessage } from '../../../lib/sites/last-message';
import { pageHintsOf } from '../../../lib/sites/page-hints';
import { platformOf, type AdapterHealth } from '../../../lib/sites/registry';
import { getOverlay } from '../store';
import { threadMessageChanged } from '../suggest/suggest-actions';
import { scheduleCheck } from '../tone/live-check';
import { genericThreadId } from './generic-id';
import { markOwnReplies } from './own-replies';
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
  return message ? { id: message.id, text: message.text, author: message.author, at: message.at } : null;
}

/**
 * Publishes a reading: the panel's thread line and message, the tone context (ignores are per
 * thread), and the SLA clock — site threads are reported to the background as soon as they are
 * read (that is what starts their clocks); generic pages, whose one message is the customer message
 * guessed above the reply box, only once the panel shows.
 */
export function threadRead({ adapterId, health, snapshot: read, url }: ThreadReading): void {
  const snapshot = markOwnReplies(read);
  const previous = getThread();
  const threadId = snapshot?.id ?? genericThreadId(url);
  const waiting = pendingOf(snapshot);
  // The same message read again keeps its object: panel parts selecting it do not re-render.
  const pending =
    waiting && previous.pending && waiting.id === previous.pending.id && waiting.text === previous.pending.text ? previous.pending : waiting;
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
  // Generic mode's message is a guess about any page with a text box: it starts a clock only once the
  // user works in that box (the panel shows), so pages merely visited never fill the queue.
  const reportable = !!snapshot && snapshot.messages.length > 0 && (snapshot.site !== 'generic' || panelShown);
  if (reportable) void reportSnapshot(snapshot);
  else if (switchedThread && panelShown) void refreshSlaView();
}
