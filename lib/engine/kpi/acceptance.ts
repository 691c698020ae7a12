import type { DialogueKpis, KpiInput, KpiRange } from './types';

/**
 * Page times are often shown to the minute: a reply sent 20 s after the pick may read as sent
 * 40 s before it. A send this much before the pick still counts as following it.
 */
export const PAGE_TIME_SLACK_MS = 60_000;

/** A pick not sent within this long is taken as abandoned: a much later reply was written anew. */
export const PICK_TO_SEND_MAX_MS = 24 * 3_600_000;

/**
 * Suggestion acceptance: of the replies seen sent on a page (thread events `out` from the page — not
 * the manual "answered" nor "no reply needed"), how many followed a suggestion inserted in the same
 * thread. Each pick links to the first send of its thread at or after it (within the slack and the
 * maximum delay); a send with at least one linked pick is "picked", every other send "typed".
 */
export function acceptanceOf(input: Pick<KpiInput, 'events' | 'picks'>, range: KpiRange): DialogueKpis['acceptance'] {
  const sendsByThread = new Map<string, number[]>();
  for (const event of input.events) {
    if (event.direction !== 'out' || event.source !== 'page') continue;
    const list = sendsByThread.get(event.threadId);
    if (list) list.push(event.at);
    else sendsByThread.set(event.threadId, [event.at]);
  }
  for (const list of sendsByThread.values()) list.sort((a, b) => a - b);

  const pickedSends = new Set<string>(); // `${threadId}\u0000${at}`
  let picks = 0;
  let unlinkedPicks = 0;
  for (const pick of input.picks) {
    const inRange = pick.at >= range.from && pick.at < range.to;
    if (inRange) picks++;
    if (!pick.threadId) {
      if (inRange) unlinkedPicks++;
      continue;
    }
    const sends = sendsByThread.get(pick.threadId);
    const sentAt = sends?.find((at) => at >= pick.at - PAGE_TIME_SLACK_MS);
    if (sentAt !== undefined && sentAt - pick.at <= PICK_TO_SEND_MAX_MS) pickedSends.add(`${pick.threadId}\u0000${sentAt}`);
  }

  let sent = 0;
  let picked = 0;
  for (const [threadId, sends] of sendsByThread) {
    for (const at of sends) {
      if (at < range.from || at >= range.to) continue;
      sent++;
      if (pickedSends.has(`${threadId}\u0000${at}`)) picked++;
    }
  }
  return { sent, picked, typed: sent - picked, rate: sent ? picked / sent : null, picks, unlinkedPicks };
}
