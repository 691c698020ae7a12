import type { KpiInput, KpiRange } from './types';

/**
 * Threads closed in the range: no clock runs now (status answered / closed) and the last event —
 * the one that stopped the clock — falls in the range. A thread handed over to an escalation route
 * (escalatedTo set) is closed "with escalation".
 */
export function closedThreadCounts(input: Pick<KpiInput, 'threads' | 'events'>, range: KpiRange) {
  const lastAt = new Map<string, number>();
  for (const event of input.events) lastAt.set(event.threadId, Math.max(lastAt.get(event.threadId) ?? -Infinity, event.at));
  let closed = 0;
  let calm = 0;
  for (const thread of input.threads) {
    if (thread.status !== 'answered' && thread.status !== 'closed') continue;
    const at = lastAt.get(thread.id);
    if (at === undefined || at < range.from || at >= range.to) continue;
    closed++;
    if (thread.escalatedTo === null) calm++;
  }
  return { closedThreads: closed, closedWithoutEscalation: calm, closedWithoutEscalationShare: closed ? calm / closed : null };
}
