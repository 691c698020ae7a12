import type { ThreadMessage, ThreadSnapshot } from '../schema/thread';

/** The last customer message that no brand message follows: what suggestions answer. */
export function lastUnansweredCustomerMessage(snapshot: ThreadSnapshot): ThreadMessage | undefined {
  for (let i = snapshot.messages.length - 1; i >= 0; i--) {
    const message = snapshot.messages[i]!;
    if (message.direction === 'out') return undefined;
    if (message.text.trim()) return message;
  }
  return undefined;
}
