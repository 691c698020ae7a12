import browser from 'webextension-polyfill';
import { drainOutbox, type OutboxRecord } from '../../lib/outbox/drain';
import { OUTBOX_PREFIX, type OutboxArea } from '../../lib/outbox/outbox';
import { recordPick } from '../../lib/storage/library';
import { recordSendAnyway, recordSentFindings } from '../../lib/storage/tone';
import { learn } from './suggestions';

type Pick = Extract<OutboxRecord, { type: 'pick' }>;
type SendAnyway = Extract<OutboxRecord, { type: 'tone.sendAnyway' }>;
type ToneSent = Extract<OutboxRecord, { type: 'tone.sent' }>;

/** Stores a pick once per client id; the usage count and the live ranking learn from it once too. */
export async function storePick({ clientId, packId, replyId, text, platform, threadId }: Pick): Promise<{ ok: true }> {
  const pick = { clientId, packId, replyId, text, platform, at: Date.now(), ...(threadId ? { threadId } : {}) };
  if (await recordPick(pick)) await learn(text, packId, replyId);
  return { ok: true };
}

/** Stores a "send anyway" audit record once per client id (personal data masked by the storage layer). */
export async function storeSendAnyway({ clientId, threadId, url, findings }: SendAnyway): Promise<{ ok: true }> {
  await recordSendAnyway({ clientId, threadId, url, findings });
  return { ok: true };
}

/** Stores the findings of a draft sent past them (categories only) once per client id, for the dialogue KPIs. */
export async function storeToneSent({ clientId, threadId, findings }: ToneSent): Promise<{ ok: true }> {
  await recordSentFindings({ clientId, threadId, findings });
  return { ok: true };
}

/** Drains run one after another: a record is stored once even when two drains see it. */
let draining: Promise<void> = Promise.resolve();

/** Takes what the content scripts' outboxes still hold (see lib/outbox/drain.ts); call at each start. */
export function drainOutboxes(): Promise<void> {
  draining = draining.then(drainOnce);
  return draining;
}

/** How long a tab has to send a record it just queued before the background takes it itself. */
const OUTBOX_GRACE_MS = 3_000;

/**
 * Also drains a while after a record lands in an outbox when the worker is already running (the
 * tab may close before its answer comes): otherwise the record would wait for the worker's next
 * start. Normally the tab's own message stores it first and the drain finds nothing. Registered
 * at start-up, so the write also wakes a stopped worker.
 */
export function watchOutboxes(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const added = Object.entries(changes).some(([key, change]) => key.startsWith(OUTBOX_PREFIX) && change.newValue !== undefined);
    if (added) setTimeout(() => void drainOutboxes(), OUTBOX_GRACE_MS);
  });
}

async function drainOnce(): Promise<void> {
  try {
    const area = browser.storage.local as unknown as OutboxArea;
    await drainOutbox(area, (record) =>
      record.type === 'pick' ? storePick(record) : record.type === 'tone.sent' ? storeToneSent(record) : storeSendAnyway(record),
    );
  } catch (error) {
    console.warn('[TrustOps] the outbox could not be read', error);
  }
}
