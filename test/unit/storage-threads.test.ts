import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrustOpsDb } from '../../lib/storage/db';
import { actOnThread, ingestSnapshot, isThanks, recomputeWaiting, threadEvents, waitingThreads } from '../../lib/storage/threads';
import type { SlaPolicy } from '../../lib/engine/sla';
import type { ThreadSnapshot } from '../../lib/schema/thread';

const policy: SlaPolicy = { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 120, warnRatio: 0.75 };
const T0 = Date.parse('2026-11-23T10:00:00Z');
const min = 60_000;

let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`threads-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const snapshot = (messages: [string, 'in' | 'out', number, string][]): ThreadSnapshot => ({
  id: 'vk:convo_1', site: 'vk', title: 'Анна', url: 'https://vk.com/im/convo/1',
  messages: messages.map(([id, direction, at, text]) => ({ id, direction, at: new Date(at).toISOString(), text, author: '' })),
});
const options = (now: number) => ({ policy, now, platform: 'vk', thanksNeedsNoReply: true });

describe('thread tracking', () => {
  it('starts a clock on an incoming message and does not duplicate events seen again', async () => {
    const snap = snapshot([['m1', 'in', T0, 'Где заказ?']]);
    const first = await ingestSnapshot(snap, options(T0 + 10 * min), database);
    expect(first.thread).toMatchObject({ status: 'waiting', slaState: 'ok', pendingSince: T0, dueAt: T0 + 60 * min, target: 'first' });
    await ingestSnapshot(snap, options(T0 + 20 * min), database);
    expect(await threadEvents('vk:convo_1', database)).toHaveLength(1);

    const late = await ingestSnapshot(snap, options(T0 + 50 * min), database);
    expect(late.thread.slaState).toBe('warning');
  });

  it('a brand reply stops the clock; the next customer message starts a next-reply clock', async () => {
    await ingestSnapshot(snapshot([['m1', 'in', T0, 'Где заказ?'], ['m2', 'out', T0 + 30 * min, 'Едет']]), options(T0 + 40 * min), database);
    expect((await database.threads.get('vk:convo_1'))?.status).toBe('answered');
    const again = await ingestSnapshot(
      snapshot([['m1', 'in', T0, 'Где заказ?'], ['m2', 'out', T0 + 30 * min, 'Едет'], ['m3', 'in', T0 + 60 * min, 'Всё ещё нет']]),
      options(T0 + 70 * min),
      database,
    );
    expect(again.thread).toMatchObject({ status: 'waiting', target: 'next', dueAt: T0 + 180 * min });
  });

  it('a «спасибо» after a reply closes the clock as needing no reply', async () => {
    const result = await ingestSnapshot(
      snapshot([['m1', 'in', T0, 'Где заказ?'], ['m2', 'out', T0 + 5 * min, 'Едет'], ['m3', 'in', T0 + 9 * min, 'Спасибо большое!']]),
      options(T0 + 10 * min),
      database,
    );
    expect(result.thread.status).toBe('closed');
    expect(isThanks('спасибо, а когда привезут?')).toBe(false);
  });

  it('manual start/answer, snooze and escalation', async () => {
    const seed = { site: 'generic', platform: 'generic', title: 'page', url: 'http://127.0.0.1/x' };
    const started = await actOnThread('generic:x', { kind: 'start' }, { policy, now: T0, seed }, database);
    expect(started.thread.status).toBe('waiting');
    const snoozed = await actOnThread('generic:x', { kind: 'snooze', until: T0 + 30 * min }, { policy, now: T0 + min }, database);
    expect(snoozed.thread.status).toBe('snoozed');
    const escalated = await actOnThread('generic:x', { kind: 'escalate', routeId: 'lead' }, { policy, now: T0 + 2 * min }, database);
    expect(escalated.thread.escalatedTo).toBe('lead');
    expect((await waitingThreads(database)).map((t) => t.id)).toEqual(['generic:x']);
    const [breached] = await recomputeWaiting(policy, T0 + 61 * min, database);
    expect(breached?.slaState).toBe('breached');
    const answered = await actOnThread('generic:x', { kind: 'answered' }, { policy, now: T0 + 62 * min }, database);
    expect(answered.thread.status).toBe('answered');
    expect(answered.report.replies).toHaveLength(1);
    expect(answered.report.replies[0]?.withinSla).toBe(false);
  });
});
