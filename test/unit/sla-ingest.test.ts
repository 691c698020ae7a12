import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, ingestTime, MAX_PAGE_AGE_DAYS } from '../../lib/engine/sla';
import { TrustOpsDb } from '../../lib/storage/db';
import { ingestSnapshot, threadEvents } from '../../lib/storage/threads';
import type { ThreadSnapshot } from '../../lib/schema/thread';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-23T10:00:00Z'); // a Monday, in office hours in Moscow

describe('ingestTime: which page times are believed', () => {
  it('keeps a credible page time', () => {
    expect(ingestTime('2026-11-23T09:00:00Z', NOW)).toBe(NOW - 3_600_000);
    expect(ingestTime(new Date(NOW - MAX_PAGE_AGE_DAYS * DAY).toISOString(), NOW)).toBe(NOW - MAX_PAGE_AGE_DAYS * DAY);
  });

  it('uses the time first seen for a missing, unreadable or future time', () => {
    expect(ingestTime(null, NOW)).toBe(NOW);
    expect(ingestTime('вчера', NOW)).toBe(NOW);
    expect(ingestTime('9999-12-31T23:59:59Z', NOW)).toBe(NOW);
  });

  it('ignores a time more than MAX_PAGE_AGE_DAYS old', () => {
    expect(ingestTime(new Date(NOW - MAX_PAGE_AGE_DAYS * DAY - 1).toISOString(), NOW)).toBeNull();
    expect(ingestTime('0001-01-01T00:00:00Z', NOW)).toBeNull();
  });
});

describe('ingestSnapshot with year-0001 times', () => {
  let database: TrustOpsDb;
  beforeEach(() => {
    database = new TrustOpsDb(`ingest-${Math.random().toString(36).slice(2)}`);
  });
  afterEach(async () => {
    database.close();
    await Dexie.delete(database.name);
  });

  const snapshot = (messages: [string, 'in' | 'out', string][]): ThreadSnapshot => ({
    id: 'vk:convo_1', site: 'vk', title: 'Анна', url: 'https://vk.com/im/convo/1',
    messages: messages.map(([id, direction, at]) => ({ id, direction, at, text: 'Где заказ?', author: '' })),
  });
  const options = { policy: DEFAULT_POLICY, now: NOW, platform: 'vk', thanksNeedsNoReply: false };

  it('stores no event and starts no clock for a forged ancient message', async () => {
    const { thread } = await ingestSnapshot(snapshot([['m1', 'in', '0001-01-01T00:00:00Z']]), options, database);
    expect(await threadEvents('vk:convo_1', database)).toEqual([]);
    expect(thread).toMatchObject({ status: 'answered', pendingSince: null });
  });

  it('tracks the credible messages of the same page', async () => {
    const { thread } = await ingestSnapshot(
      snapshot([['m0', 'out', '0001-01-01T00:00:00Z'], ['m1', 'in', '2026-11-23T09:30:00Z']]),
      options,
      database,
    );
    expect((await threadEvents('vk:convo_1', database)).map((e) => e.messageId)).toEqual(['m1']);
    expect(thread).toMatchObject({ status: 'waiting', pendingSince: Date.parse('2026-11-23T09:30:00Z'), target: 'first' });
  });
});
