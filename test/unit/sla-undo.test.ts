import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrustOpsDb } from '../../lib/storage/db';
import { actOnThread, ingestSnapshot, threadEvents } from '../../lib/storage/threads';
import type { SlaPolicy } from '../../lib/engine/sla';

const policy: SlaPolicy = { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 120, warnRatio: 0.75 };
const T0 = Date.parse('2026-11-23T10:00:00Z');
const min = 60_000;
const THREAD = 'vk:convo_1';

let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`undo-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

async function waitingThread(now: number) {
  const snapshot = {
    id: THREAD, site: 'vk', title: 'Анна', url: 'https://vk.com/im/convo/1',
    messages: [{ id: 'm1', direction: 'in' as const, at: new Date(T0).toISOString(), text: 'Где заказ?', author: '' }],
  };
  return (await ingestSnapshot(snapshot, { policy, now, platform: 'vk', thanksNeedsNoReply: true }, database)).thread;
}

describe('undoing a manual stop', () => {
  it('"answered" then undo restores the clock exactly: state, due time, flags and events', async () => {
    await waitingThread(T0 + 70 * min); // breached: due at T0 + 60 min
    const snoozed = await actOnThread(THREAD, { kind: 'snooze', until: T0 + 200 * min }, { policy, now: T0 + 71 * min }, database);
    const before = { ...snoozed.thread, notified: { warning: true, breach: true } };
    await database.threads.put(before);
    const eventsBefore = await threadEvents(THREAD, database);

    const answered = await actOnThread(THREAD, { kind: 'answered' }, { policy, now: T0 + 72 * min }, database);
    expect(answered.thread).toMatchObject({ status: 'answered', pendingSince: null, dueAt: null });

    const undone = await actOnThread(THREAD, { kind: 'undo' }, { policy, now: T0 + 73 * min }, database);
    const { updatedAt: _a, ...restored } = undone.thread;
    const { updatedAt: _b, ...expected } = before;
    expect(restored).toEqual(expected);
    expect(restored).toMatchObject({ status: 'snoozed', slaState: 'breached', pendingSince: T0, dueAt: T0 + 60 * min, target: 'first' });
    expect(await threadEvents(THREAD, database)).toEqual(eventsBefore);
  });

  it('"no reply needed" is undoable too', async () => {
    await waitingThread(T0 + 10 * min);
    await actOnThread(THREAD, { kind: 'no-reply' }, { policy, now: T0 + 11 * min }, database);
    const undone = await actOnThread(THREAD, { kind: 'undo' }, { policy, now: T0 + 12 * min }, database);
    expect(undone.thread).toMatchObject({ status: 'waiting', pendingSince: T0, dueAt: T0 + 60 * min });
  });

  it('takes back nothing once something happened since (a page message, another action)', async () => {
    await waitingThread(T0 + 10 * min);
    await actOnThread(THREAD, { kind: 'answered' }, { policy, now: T0 + 11 * min }, database);
    await actOnThread(THREAD, { kind: 'start' }, { policy, now: T0 + 12 * min }, database);
    const events = await threadEvents(THREAD, database);
    const undone = await actOnThread(THREAD, { kind: 'undo' }, { policy, now: T0 + 13 * min }, database);
    expect(await threadEvents(THREAD, database)).toEqual(events);
    expect(undone.thread).toMatchObject({ status: 'waiting', pendingSince: T0 + 12 * min, target: 'next' });
  });

  it('never takes back a brand reply read from the page', async () => {
    const snapshot = {
      id: THREAD, site: 'vk', title: 'Анна', url: 'https://vk.com/im/convo/1',
      messages: [
        { id: 'm1', direction: 'in' as const, at: new Date(T0).toISOString(), text: 'Где заказ?', author: '' },
        { id: 'm2', direction: 'out' as const, at: new Date(T0 + 5 * min).toISOString(), text: 'Едет', author: '' },
      ],
    };
    await ingestSnapshot(snapshot, { policy, now: T0 + 6 * min, platform: 'vk', thanksNeedsNoReply: true }, database);
    const undone = await actOnThread(THREAD, { kind: 'undo' }, { policy, now: T0 + 7 * min }, database);
    expect(undone.thread.status).toBe('answered');
    expect(await threadEvents(THREAD, database)).toHaveLength(2);
  });
});
