import type { ThreadMessage, ThreadSnapshot } from '../schema/thread';

/**
 * A structural check of an adapter's snapshot, in the content script without zod (the background
 * validates every snapshot against ThreadSnapshotSchema when it arrives as a request).
 */
export function isThreadSnapshot(value: unknown): value is ThreadSnapshot {
  if (!value || typeof value !== 'object') return false;
  const snapshot = value as Partial<ThreadSnapshot>;
  return (
    typeof snapshot.id === 'string' && snapshot.id.length > 0 && snapshot.id.length <= 500 &&
    typeof snapshot.site === 'string' && typeof snapshot.url === 'string' && (snapshot.title === undefined || typeof snapshot.title === 'string') &&
    Array.isArray(snapshot.messages) && snapshot.messages.every(isMessage)
  );
}

function isMessage(value: unknown): value is ThreadMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Partial<ThreadMessage>;
  return (
    typeof message.id === 'string' && message.id.length > 0 && message.id.length <= 300 &&
    (message.direction === 'in' || message.direction === 'out') &&
    (message.at === null || typeof message.at === 'string') &&
    typeof message.text === 'string' && message.text.length <= 20_000 &&
    (message.author === undefined || typeof message.author === 'string')
  );
}
