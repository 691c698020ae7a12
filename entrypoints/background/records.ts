import browser from 'webextension-polyfill';
import { drainOutbox, type OutboxRecord } from '../../lib/outbox/drain';
import type { OutboxArea } from '../../lib/outbox/outbox';
import { recordPick } from '../../lib/storage/library';
import { recordSendAnyway } from '../../lib/storage/tone';
import { learn } from './suggestions';

type Pick = Extract<OutboxRecord, { type: 'pick' }>;
type SendAnyway = Extract<OutboxRecord, { type: 'tone.sendAnyway' }>;

/** Stores a pick once per client id; the usage count and the live ranking learn from it once too. */
export async function storePick({ clientId, packId, replyId, text, platform }: Pick): Promise<{ ok: true }> {
  if (await recordPick({ clientId, packId, replyId, text, platform, at: Date.now() })) await learn(text, packId, replyId);
  return { ok: true };
}

/** Stores a "send anyway" audit record once per client id (personal data masked by the storage layer). */
export async function storeSendAnyway({ clientId, threadId, url, findings }: SendAnyway): Promise<{ ok: true }> {
  await recordSendAnyway({ clientId, threadId, url, findings });
  return { ok: true };
}

/** Takes what the content scripts' outboxes still hold (see lib/outbox/drain.ts); call at each start. */
export async function drainOutboxes(): Promise<void> {
  try {
    const area = browser.storage.local as unknown as OutboxArea;
    await drainOutbox(area, (record) => (record.type === 'pick' ? storePick(record) : storeSendAnyway(record)));
  } catch (error) {
    console.warn('[TrustOps] the outbox could not be read', error);
  }
}
