import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlaPolicy } from '../../lib/engine/sla';
import type { ThreadEventRecord, ThreadRecord } from '../../lib/schema/storage';
import { TrustOpsDb } from '../../lib/storage/db';
import { collectReplies, loadMetrics } from '../../lib/storage/metrics';
import { actOnThread, ingestSnapshot } from '../../lib/storage/threads';

const allDay: SlaPolicy = { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 120, warnRatio: 0.75 };
const office: SlaPolicy = {
  timezone: 'Europe/Moscow',
  hours: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] },
  firstReplyMinutes: 120,
  nextReplyMinutes: 240,
};
const T0 = Date.parse('2026-11-23T10:00:00Z'); // a Monday
const min = 60_000;

let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`metrics-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

function thread(id: string, platform: string, extra: Partial<ThreadRecord> = {}): ThreadRecord {
  return {
    id, site: platform, platform, title: id, url: `https://example.com/${id}`, status: 'answered', slaState: 'answered',
    pendingSince: null, dueAt: null, target: null, lastCustomerText: '', snoozedUntil: null, escalatedTo: null,
    notified: { warning: false, breach: false }, updatedAt: T0, ...extra,
  };
}

/** Events as [direction, at, source?]; stored in the given order under generated message ids. */
async function seed(record: ThreadRecord, events: ['in' | 'out', number, ThreadEventRecord['source']?][]) {
  await database.threads.put(record);
  await database.threadEvents.bulkPut(
    events.map(([direction, at, source = 'page'], i) => ({
      threadId: record.id, messageId: `m${i}`, at, direction, source, platform: record.platform,
    })),
  );
}

describe('replies from stored threads', () => {
  it('turns each closed clock into a reply with the thread platform, target and working time', async () => {
    await seed(thread('vk:1', 'vk'), [
      ['in', T0], ['in', T0 + 5 * min], ['out', T0 + 30 * min], // first reply after 30 min
      ['in', T0 + 60 * min], ['out', T0 + 210 * min], // next reply after 150 min: over 120
      ['in', T0 + 300 * min], // still waiting: not a reply
    ]);
    const replies = await collectReplies(allDay, database);
    expect(replies).toEqual([
      {
        thread: 'vk:1', platform: 'vk', start: new Date(T0).toISOString(), end: new Date(T0 + 30 * min).toISOString(),
        target: 'first', businessMs: 30 * min, withinSla: true, escalated: false,
      },
      {
        thread: 'vk:1', platform: 'vk', start: new Date(T0 + 60 * min).toISOString(), end: new Date(T0 + 210 * min).toISOString(),
        target: 'next', businessMs: 150 * min, withinSla: false, escalated: false,
      },
    ]);
  });

  it('replays events stored out of time order in time order', async () => {
    await seed(thread('tg:1', 'telegram'), [['out', T0 + 20 * min], ['in', T0]]);
    const [reply] = await collectReplies(allDay, database);
    expect(reply).toMatchObject({ businessMs: 20 * min, target: 'first' });
  });

  it('counts working time only, with the policy given', async () => {
    const friday = Date.parse('2026-11-27T14:00:00Z'); // 17:00 in Moscow
    const monday = Date.parse('2026-11-30T07:00:00Z'); // 10:00 in Moscow
    await seed(thread('vk:2', 'vk'), [['in', friday], ['out', monday]]);
    const [reply] = await collectReplies(office, database);
    expect(reply).toMatchObject({ businessMs: 120 * min, withinSla: true });
    const [wallClock] = await collectReplies(allDay, database);
    expect(wallClock!.withinSla).toBe(false);
  });

  it('leaves out clocks closed as "no reply needed", by hand or by a customer\'s thanks', async () => {
    await actOnThread('x:1', { kind: 'start' }, { policy: allDay, now: T0, seed: { site: 'x', platform: 'x', title: 'X', url: 'https://x.com/1' } }, database);
    await actOnThread('x:1', { kind: 'no-reply' }, { policy: allDay, now: T0 + 10 * min }, database);
    await ingestSnapshot(
      {
        id: 'vk:3', site: 'vk', title: 'Анна', url: 'https://vk.com/im/3',
        messages: [
          { id: 'a', author: '', direction: 'in', at: new Date(T0).toISOString(), text: 'Где заказ?' },
          { id: 'b', author: '', direction: 'out', at: new Date(T0 + 7 * min).toISOString(), text: 'Едет' },
          { id: 'c', author: '', direction: 'in', at: new Date(T0 + 9 * min).toISOString(), text: 'Спасибо!' },
        ],
      },
      { policy: allDay, now: T0 + 10 * min, platform: 'vk', thanksNeedsNoReply: true },
      database,
    );
    const replies = await collectReplies(allDay, database);
    expect(replies.map((r) => [r.thread, r.businessMs])).toEqual([['vk:3', 7 * min]]);
  });

  it('marks every reply of an escalated thread', async () => {
    await seed(thread('fb:1', 'facebook', { escalatedTo: 'legal' }), [['in', T0], ['out', T0 + min], ['in', T0 + 2 * min], ['out', T0 + 3 * min]]);
    await seed(thread('fb:2', 'facebook'), [['in', T0], ['out', T0 + min]]);
    const replies = await collectReplies(allDay, database);
    expect(replies.filter((r) => r.escalated).map((r) => r.thread)).toEqual(['fb:1', 'fb:1']);
  });
});

describe('metrics over a period', () => {
  it('computes the dashboard figures for replies sent within the range', async () => {
    await seed(thread('vk:1', 'vk'), [['in', T0], ['out', T0 + 30 * min]]);
    await seed(thread('tg:1', 'telegram', { escalatedTo: 'lead' }), [['in', T0], ['out', T0 + 90 * min]]);
    await seed(thread('tg:2', 'telegram'), [['in', T0], ['out', T0 + 40 * min], ['in', T0 + 50 * min], ['out', T0 + 60 * min]]);
    // Answered before the range: left out.
    await seed(thread('vk:old', 'vk'), [['in', T0 - 3 * 24 * 60 * min], ['out', T0 - 3 * 24 * 60 * min + min]]);

    const metrics = await loadMetrics({ from: new Date(T0 - 60 * min), to: new Date(T0 + 24 * 60 * min) }, allDay, database);
    expect(metrics.firstReply).toEqual({ median: 40 * min, p90: 80 * min, count: 3 });
    expect(metrics.nextReply).toEqual({ median: 10 * min, p90: 10 * min, count: 1 });
    expect(metrics.withinSlaShare).toBe(3 / 4); // the 90-minute first reply missed its 60
    expect(metrics.perPlatform).toEqual({ telegram: 3, vk: 1 });
    expect(metrics.perDay).toEqual([{ date: '2026-11-23', count: 4 }]);
    expect(metrics.closedWithoutEscalationShare).toBe(2 / 3);
  });

  it('groups replies by day in the policy time zone', async () => {
    const lateEvening = Date.parse('2026-11-23T21:30:00Z'); // 00:30 on Nov 24 in Moscow
    await seed(thread('vk:1', 'vk'), [['in', lateEvening - 10 * min], ['out', lateEvening]]);
    const moscow = { ...allDay, timezone: 'Europe/Moscow' };
    const metrics = await loadMetrics({ from: new Date(T0), to: new Date(T0 + 2 * 24 * 60 * min) }, moscow, database);
    expect(metrics.perDay).toEqual([{ date: '2026-11-24', count: 1 }]);
  });

  it('is empty without replies', async () => {
    await seed(thread('vk:1', 'vk', { status: 'waiting' }), [['in', T0]]);
    const metrics = await loadMetrics({ from: new Date(T0 - min), to: new Date(T0 + min) }, allDay, database);
    expect(metrics).toMatchObject({
      firstReply: { median: null, p90: null, count: 0 }, withinSlaShare: null, perPlatform: {}, perDay: [], closedWithoutEscalationShare: null,
    });
  });
});
