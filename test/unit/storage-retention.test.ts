import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetentionSchema, SettingsSchema, type Retention } from '../../lib/schema/settings';
import type { ThreadRecord } from '../../lib/schema/storage';
import { TrustOpsDb } from '../../lib/storage/db';
import { applyRetention } from '../../lib/storage/retention';
import { parseSettingsLeniently } from '../../lib/storage/settings';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const ago = (days: number) => NOW - days * DAY;

let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`retention-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const retention = (changes: Partial<Retention> = {}): Retention => ({ ...RetentionSchema.parse({}), ...changes });

function thread(id: string, status: ThreadRecord['status'], updatedAt: number): ThreadRecord {
  return {
    id, site: 'vk', platform: 'vk', title: id, url: `https://vk.com/${id}`, status,
    slaState: status === 'waiting' ? 'breached' : 'answered', pendingSince: status === 'waiting' ? updatedAt : null,
    dueAt: null, target: null, lastCustomerText: '', snoozedUntil: null, escalatedTo: null,
    notified: { warning: false, breach: false }, updatedAt,
  };
}
const event = (threadId: string, messageId: string, at: number, direction: 'in' | 'out' = 'in') =>
  ({ threadId, messageId, at, direction, source: 'page' as const, platform: 'vk' });

describe('retention settings', () => {
  it('default to picks 365 days / 20,000 rows, threads and events 180 days, audit 365 days', () => {
    expect(SettingsSchema.parse({}).retention).toEqual({ picksDays: 365, picksMax: 20_000, threadsDays: 180, auditDays: 365 });
  });

  it('a stored value out of range falls back to the defaults, other settings stay', () => {
    const settings = parseSettingsLeniently({ suggestionsCount: 3, retention: { picksDays: 0, picksMax: 50 } });
    expect(settings.suggestionsCount).toBe(3);
    expect(settings.retention).toEqual(RetentionSchema.parse({}));
    expect(parseSettingsLeniently({ retention: { auditDays: 30 } }).retention.auditDays).toBe(30);
  });
});

describe('applyRetention', () => {
  it('drops picks older than picksDays, then the oldest beyond picksMax; usage totals stay', async () => {
    await database.picks.bulkAdd([
      { packId: 'p', replyId: 'a', text: 'very old', platform: 'generic', at: ago(400) },
      { packId: 'p', replyId: 'a', text: 'old', platform: 'generic', at: ago(366) },
      ...Array.from({ length: 150 }, (_, i) => ({ packId: 'p', replyId: 'a', text: `recent ${i}`, platform: 'generic' as const, at: ago(100) + i })),
    ]);
    await database.usage.put({ packId: 'p', replyId: 'a', count: 152, lastUsedAt: ago(1) });

    const outcome = await applyRetention(retention({ picksMax: 100 }), NOW, database, 40);
    expect(outcome.picks).toBe(2 + 50);
    const left = await database.picks.orderBy('at').toArray();
    expect(left).toHaveLength(100);
    expect(left[0]!.text).toBe('recent 50'); // the 50 oldest recent ones went
    expect((await database.usage.get(['p', 'a']))?.count).toBe(152);
  });

  it('drops answered and closed threads quiet for threadsDays with all their events; keeps waiting and recent ones', async () => {
    await database.threads.bulkPut([
      thread('old-answered', 'answered', ago(200)),
      thread('old-closed', 'closed', ago(190)),
      thread('old-waiting', 'waiting', ago(300)),
      thread('recent-answered', 'answered', ago(10)),
      // Updated long ago, but a message came since: still in use.
      thread('old-row-new-message', 'answered', ago(200)),
    ]);
    await database.threadEvents.bulkPut([
      event('old-answered', 'a1', ago(220)),
      event('old-answered', 'a2', ago(200), 'out'),
      event('old-closed', 'c1', ago(190)),
      event('old-waiting', 'w1', ago(300)),
      event('recent-answered', 'r1', ago(400)),
      event('recent-answered', 'r2', ago(10), 'out'),
      event('old-row-new-message', 'n1', ago(5)),
      event('gone', 'g1', ago(365)), // its thread no longer exists
      event('gone', 'g2', ago(3)), // recent: kept
    ]);

    const outcome = await applyRetention(retention(), NOW, database, 1);
    expect((await database.threads.toCollection().primaryKeys()).sort()).toEqual(['old-row-new-message', 'old-waiting', 'recent-answered']);
    expect((await database.threadEvents.toCollection().primaryKeys()).map(([t, m]) => `${t}/${m}`).sort()).toEqual([
      'gone/g2', 'old-row-new-message/n1', 'old-waiting/w1', 'recent-answered/r1', 'recent-answered/r2',
    ]);
    expect(outcome).toMatchObject({ threads: 2, threadEvents: 4 });
  });

  it('drops audit records older than auditDays', async () => {
    await database.audit.bulkAdd([
      { kind: 'send-anyway', at: ago(400), threadId: 't', url: 'u', findings: [] },
      { kind: 'send-anyway', at: ago(20), threadId: 't', url: 'u', findings: [] },
    ]);
    const outcome = await applyRetention(retention({ auditDays: 30 }), NOW, database);
    expect(outcome.audit).toBe(1);
    expect((await database.audit.toArray()).map((a) => a.at)).toEqual([ago(20)]);
  });

  it('changes nothing on a database within its limits', async () => {
    await database.picks.add({ packId: 'p', replyId: 'a', text: 't', platform: 'generic', at: ago(1) });
    await database.threads.put(thread('t', 'answered', ago(1)));
    expect(await applyRetention(retention(), NOW, database)).toEqual({ picks: 0, threads: 0, threadEvents: 0, audit: 0 });
    expect(await database.picks.count()).toBe(1);
  });
});
