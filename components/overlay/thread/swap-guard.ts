import type { ThreadSnapshot } from '../../../lib/schema/thread';

export type GuardVerdict = { publish: ThreadSnapshot | null } | { confirmLater: true };

/**
 * SPAs change the address and the rendered thread at different moments, so a reading may pair one
 * thread's id with the other thread's messages — and a snapshot files messages as SLA events of
 * its thread. Two cases are caught by their message ids:
 * - the address changed but the previous thread's messages are still shown: they are dropped from
 *   the new thread's snapshot until the page shows other messages;
 * - the address is the same but every message is new: maybe the address is about to change, so the
 *   reading is taken only when a second one (CONFIRM_MS later) agrees.
 */
export function createSwapGuard() {
  let published: { id: string; ids: Set<string>; joined: string } | null = null;
  let stale: { id: string; joined: string } | null = null;
  let unconfirmed: string | null = null;

  return function check(read: ThreadSnapshot | null): GuardVerdict {
    let snapshot = read;
    const ids = snapshot?.messages.map((m) => m.id) ?? [];
    const joined = ids.join('\n');
    if (snapshot && ids.length > 0) {
      if (published && snapshot.id !== published.id && joined === published.joined) stale = { id: snapshot.id, joined };
      if (stale && (stale.id !== snapshot.id || stale.joined !== joined)) stale = null;
      if (stale) snapshot = { ...snapshot, messages: [] };
      else if (published && snapshot.id === published.id && published.ids.size > 0 && !ids.some((id) => published!.ids.has(id))) {
        const signature = `${snapshot.id}\n${joined}`;
        if (unconfirmed !== signature) {
          unconfirmed = signature;
          return { confirmLater: true };
        }
      }
    }
    unconfirmed = null;
    const kept = snapshot?.messages.map((m) => m.id) ?? [];
    published = { id: snapshot?.id ?? '', ids: new Set(kept), joined: kept.join('\n') };
    return { publish: snapshot };
  };
}
