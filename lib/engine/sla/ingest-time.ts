import { DAY_MS } from './instant';

/**
 * How far back a time shown on a page is believed. Older messages are history: they start and close
 * no clock and are not stored. Kept below the walk horizon (business-time.ts) so that every clock
 * built from page times stays exact; a hostile page's `datetime="0001-…"` costs nothing.
 */
export const MAX_PAGE_AGE_DAYS = 365;

/**
 * The event time of a message seen on a page at `now` (epoch ms): the page's time when it is
 * credible; `now` (the time first seen) when the page shows none or an unreadable one, or one after
 * `now` (a skewed or forged clock); null — ignore the message — when it is more than
 * MAX_PAGE_AGE_DAYS before `now`.
 */
export function ingestTime(pageAt: string | null | undefined, now: number): number | null {
  const parsed = pageAt ? Date.parse(pageAt) : NaN;
  if (!Number.isFinite(parsed) || parsed > now) return now;
  return parsed < now - MAX_PAGE_AGE_DAYS * DAY_MS ? null : parsed;
}
