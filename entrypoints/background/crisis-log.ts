import { crisisInForce } from '../../lib/crisis/state';
import { maskLoggedText } from '../../lib/crisis/mask';
import { ingestTime } from '../../lib/engine/sla';
import type { CrisisLogRecord, CrisisState } from '../../lib/schema/crisis';
import type { Platform } from '../../lib/schema/pack';
import type { ThreadSnapshot } from '../../lib/schema/thread';
import { recordCrisisReplies } from '../../lib/storage/crisis-log';
import { db } from '../../lib/storage/db';

const PAGE_TIME_ROUNDING_MS = 60_000;

/**
 * Logs the brand's replies a page shows for the first time while a crisis is in force: the page is
 * where a sent reply is proven (a draft may never be sent). A reply is one of ours when it is
 * `out` and new to the thread's events; one the page dates before the crisis began is history. A
 * reply without a date on a thread seen for the first time is history too (the page was opened
 * on an old conversation).
 */
export async function logCrisisReplies(snapshot: ThreadSnapshot, platform: Platform, crisis: CrisisState, now: number): Promise<number> {
  if (!crisisInForce(crisis, now)) return 0;
  // Pages round their times (to the minute on most sites, the second on others): a reply sent in the
  // crisis's first minute may show a time just before its start.
  const startedAt = crisis.startsAt ? Date.parse(crisis.startsAt) - PAGE_TIME_ROUNDING_MS : 0;
  const known = new Set(
    (await db().threadEvents.where('threadId').equals(snapshot.id).primaryKeys()).map(([, messageId]) => messageId),
  );
  const threadKnown = known.size > 0;
  const records: CrisisLogRecord[] = [];
  for (const message of snapshot.messages) {
    if (message.direction !== 'out' || known.has(message.id)) continue;
    const at = ingestTime(message.at, now);
    if (at === null || at < startedAt || (!message.at && !threadKnown)) continue;
    records.push({
      id: `${snapshot.id}\u0001${message.id}`,
      threadId: snapshot.id,
      messageId: message.id,
      at,
      platform,
      site: snapshot.site,
      title: snapshot.title,
      url: snapshot.url,
      text: maskLoggedText(message.text),
      crisisReason: crisis.reason,
      crisisStartedAt: crisis.startsAt ?? '',
      source: crisis.source,
    });
  }
  return recordCrisisReplies(records);
}
