import { DateTime } from 'luxon';
import { nextWorkingStart, type SlaPolicy } from '../../lib/engine/sla';

/** The request's limit for a snooze (thread.action in lib/schema/messages.ts). */
const MAX_SNOOZE_MINUTES = 7 * 24 * 60;

/**
 * "Until tomorrow": until working time begins on the next calendar day of the policy's zone (after
 * a Friday evening that is Monday morning), so the thread comes back when someone can answer it.
 */
export function minutesUntilTomorrow(policy: SlaPolicy, now: number): number {
  const tomorrow = DateTime.fromMillis(now, { zone: policy.timezone }).plus({ days: 1 }).startOf('day');
  const start = nextWorkingStart(policy, tomorrow.toJSDate());
  const until = Number.isNaN(start.getTime()) ? tomorrow.toMillis() : start.getTime();
  return Math.min(MAX_SNOOZE_MINUTES, Math.max(1, Math.ceil((until - now) / 60_000)));
}
