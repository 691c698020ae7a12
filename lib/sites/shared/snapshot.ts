import type { ThreadMessage, ThreadSnapshot } from '../../schema/thread';

export type Direction = ThreadMessage['direction'];

/** What a surface reads per message; ids are filled in when the site has none. */
export interface ReadMessage {
  id?: string;
  author: string;
  direction: Direction;
  at: string | null;
  text: string;
}

/** Snapshots hold the newest messages only: enough for suggestions and SLA, cheap on 5,000-message pages. */
export const SNAPSHOT_MESSAGE_LIMIT = 200;

export function lastItems<T>(items: readonly T[], limit = SNAPSHOT_MESSAGE_LIMIT): T[] {
  return items.length > limit ? items.slice(items.length - limit) : items.slice();
}

/** FNV-1a: a short stable id from author+time+text for sites whose messages carry none. */
export function contentId(...parts: (string | null)[]): string {
  let hash = 0x811c9dc5;
  const input = parts.map((part) => part ?? '').join('\u241e');
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `h${(hash >>> 0).toString(36)}`;
}

const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);

/** Builds a snapshot that satisfies ThreadSnapshotSchema's limits (long texts are clipped, not rejected). */
export function buildSnapshot(
  site: string,
  id: string,
  title: string,
  url: URL,
  messages: readonly ReadMessage[],
): ThreadSnapshot {
  const seen = new Map<string, number>();
  return {
    id: clip(id, 500),
    site,
    title: clip(title, 500),
    url: url.href,
    messages: messages.map((message) => {
      let messageId = clip(message.id || contentId(message.author, message.at, message.text), 280);
      const repeats = seen.get(messageId) ?? 0;
      seen.set(messageId, repeats + 1);
      if (repeats) messageId = `${messageId}#${repeats}`; // identical texts at the same minute stay distinct
      return {
        id: messageId,
        author: clip(message.author, 300),
        direction: message.direction,
        at: message.at,
        text: clip(message.text, 20_000),
      };
    }),
  };
}
