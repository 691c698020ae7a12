import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../lib/engine/sla';
import { PackSchema } from '../../lib/schema/pack';
import { DEFAULT_SETTINGS } from '../../lib/schema/settings';
import { checkDatabase } from '../../lib/storage/db-health';
import { db, DB_NAME, TrustOpsDb } from '../../lib/storage/db';
import { activeReplies, importPack, listPacks, listPicks, listReplies, listUsage, recordPick, updatePack } from '../../lib/storage/library';
import { collectReplies } from '../../lib/storage/metrics';
import { loadSettings, saveSettings } from '../../lib/storage/settings';
import { forgetSkippedRows, skippedRows, watchSkippedRows, type SkippedRow } from '../../lib/storage/skipped-rows';
import { ingestSnapshot, threadEvents, waitingThreads } from '../../lib/storage/threads';
import { activeRules, listAudit, recordSendAnyway, toneContext } from '../../lib/storage/tone';
import { invalidateSuggestions, suggest } from '../../entrypoints/background/suggestions';

/**
 * One malformed row in each table must cost that row only: every storage function that reads the
 * table keeps working without it, and the skipped-rows list names it (table, key, reason).
 */
const acme = PackSchema.parse({
  id: 'acme',
  name: 'Acme',
  replies: [
    { id: 'refund', title: 'Refund', body: 'We will refund your money for the cancelled order', examples: ['где мои деньги за отмену'] },
    { id: 'late', title: 'Delivery is late', body: 'The courier is late, sorry', examples: ['курьер опаздывает'] },
  ],
});

let database: TrustOpsDb;
beforeEach(async () => {
  database = new TrustOpsDb(`guard-${Math.random().toString(36).slice(2)}`);
  await importPack(acme, { source: 'file' }, database);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

/** Writes a row as is: writes are not checked, so this is how a corrupt row gets in. */
const putRaw = (table: string, row: unknown) => database.table(table).put(row);
const named = (table: string, key: unknown) =>
  expect.arrayContaining([expect.objectContaining({ table, key: JSON.stringify(key), reason: expect.any(String) })]);

describe('a corrupt row in each table', () => {
  it('packs: the other packs, their replies and rules still load; the bad pack is named', async () => {
    await putRaw('packs', { id: 'broken', name: 42, updatedAt: '2026-01-01' });
    expect((await listPacks(database)).map((p) => p.id)).toEqual(['acme']);
    expect((await activeReplies(database)).map((r) => r.id).sort()).toEqual(['late', 'refund']);
    expect(await activeRules(database)).toEqual([]);
    expect(skippedRows(database.name)).toEqual(named('packs', 'broken'));
    expect(skippedRows(database.name).find((r) => r.table === 'packs')?.reason).toMatch(/^name:/);
    // Writing to the broken pack neither throws nor loses it.
    await updatePack('broken', { enabled: false }, database);
    expect(await database.packs.count()).toBe(2);
  });

  it('packs: a valid pack missing a defaulted field gets the default', async () => {
    await putRaw('packs', { id: 'old', name: 'Old', updatedAt: '2026-01-01' });
    const old = (await listPacks(database)).find((p) => p.id === 'old');
    expect(old).toMatchObject({ rules: [], enabled: true, source: 'local' });
    expect(skippedRows(database.name)).toEqual([]);
  });

  it('replies: the library lists the good replies, whatever way it reads them', async () => {
    await putRaw('replies', { packId: 'acme', id: 'empty', title: '', body: 'x', updatedAt: 'x' });
    expect((await listReplies('acme', database)).map((r) => r.id).sort()).toEqual(['late', 'refund']);
    expect((await activeReplies(database)).map((r) => r.id).sort()).toEqual(['late', 'refund']);
    // Cursor reads (filter, each) and reads with a limit skip it too.
    expect((await database.replies.filter(() => true).toArray()).map((r) => r.id).sort()).toEqual(['late', 'refund']);
    const seen: string[] = [];
    await database.replies.each((r) => void seen.push(r.id));
    expect(seen.sort()).toEqual(['late', 'refund']);
    expect(await database.replies.orderBy('[packId+id]').limit(2).toArray()).toHaveLength(2);
    expect(await database.replies.get(['acme', 'empty'])).toBeUndefined();
    expect(await database.replies.bulkGet([['acme', 'empty'], ['acme', 'late']])).toEqual([undefined, expect.objectContaining({ id: 'late' })]);
    expect(skippedRows(database.name)).toEqual(named('replies', ['acme', 'empty']));
  });

  it('picks and usage: learning data loads without the bad rows', async () => {
    await recordPick({ packId: 'acme', replyId: 'refund', text: 'money back', platform: 'generic', at: 10 }, database);
    await putRaw('picks', { packId: 'acme', replyId: 'refund', text: 5, at: 20 });
    await putRaw('usage', { packId: 'acme', replyId: 'late', count: -1, lastUsedAt: 'never' });
    expect((await listPicks(database)).map((p) => p.text)).toEqual(['money back']);
    expect((await listUsage(database)).map((u) => u.replyId)).toEqual(['refund']);
    const rows = skippedRows(database.name);
    expect(rows).toEqual(named('usage', ['acme', 'late']));
    expect(rows.some((r) => r.table === 'picks' && r.reason.startsWith('text:'))).toBe(true);
    // Recording another pick still works (the usage row of the bad one is overwritten, repaired).
    await recordPick({ packId: 'acme', replyId: 'late', text: 'where is it', platform: 'generic', at: 30 }, database);
    expect((await listUsage(database)).find((u) => u.replyId === 'late')).toMatchObject({ count: 1, lastUsedAt: 30 });
  });

  it('settings: a record that is not an object is skipped; defaults apply and saving repairs it', async () => {
    await putRaw('settings', { key: 'settings', value: 'garbage' });
    expect(await loadSettings(database)).toEqual(DEFAULT_SETTINGS);
    expect(skippedRows(database.name)).toEqual(named('settings', 'settings'));
    await saveSettings({ suggestionsCount: 3 }, database);
    expect((await loadSettings(database)).suggestionsCount).toBe(3);
  });

  it('audit: the trail lists the valid records', async () => {
    await recordSendAnyway({ threadId: 't1', url: 'https://vk.com/im?sel=1', findings: [] }, database);
    await putRaw('audit', { id: 999, kind: 'send-anyway', at: 'yesterday', threadId: 't1', url: 'u', findings: 'none' });
    expect((await listAudit(database)).map((a) => a.threadId)).toEqual(['t1']);
    expect(skippedRows(database.name)).toEqual(named('audit', 999));
  });

  it('threadIgnores: the tone context of the thread still loads', async () => {
    await putRaw('threadIgnores', { threadId: 't1', key: 'shouting|AAA', at: 1 });
    await putRaw('threadIgnores', { threadId: 't1', key: 'caps|BBB', at: 'x' });
    expect((await toneContext('t1', database)).ignored).toEqual(['shouting|AAA']);
    expect(skippedRows(database.name)).toEqual(named('threadIgnores', ['t1', 'caps|BBB']));
  });

  it('threads and threadEvents: the queue, a thread and the metrics still load', async () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    const options = { policy: DEFAULT_POLICY, now, platform: 'vk', thanksNeedsNoReply: true };
    await ingestSnapshot(
      { id: 'vk:1', site: 'vk', title: 'Anna', url: 'https://vk.com/im?sel=1', messages: [{ id: 'm1', author: 'Anna', direction: 'in', text: 'Где заказ?', at: new Date(now - 60_000).toISOString() }] },
      options,
      database,
    );
    await putRaw('threads', { id: 'vk:bad', site: 'vk', status: 'lost', updatedAt: now });
    await putRaw('threadEvents', { threadId: 'vk:1', messageId: 'm0', at: 'yesterday', direction: 'sideways' });
    expect((await waitingThreads(database)).map((t) => t.id)).toEqual(['vk:1']);
    expect((await threadEvents('vk:1', database)).map((e) => e.messageId)).toEqual(['m1']);
    await expect(collectReplies(DEFAULT_POLICY, database)).resolves.toEqual([]);
    // A new snapshot of the same thread still ingests (and the bad event is not re-read as new).
    const next = await ingestSnapshot(
      {
        id: 'vk:1', site: 'vk', title: 'Anna', url: 'https://vk.com/im?sel=1',
        messages: [
          { id: 'm1', author: 'Anna', direction: 'in', text: 'Где заказ?', at: new Date(now - 60_000).toISOString() },
          { id: 'm2', author: 'Shop', direction: 'out', text: 'Уже едет', at: new Date(now).toISOString() },
        ],
      },
      { ...options, now: now + 1000 },
      database,
    );
    expect(next.thread.status).toBe('answered');
    expect(skippedRows(database.name)).toEqual(named('threads', 'vk:bad'));
    expect(skippedRows(database.name)).toEqual(named('threadEvents', ['vk:1', 'm0']));
  });

  it('the health check names every malformed row of every table, and forgets repaired ones', async () => {
    const corrupt: [string, unknown, unknown][] = [
      ['packs', { id: 'p-bad', name: null, updatedAt: 'x' }, 'p-bad'],
      ['replies', { packId: 'acme', id: 'r-bad', title: 'T', body: '', updatedAt: 'x' }, ['acme', 'r-bad']],
      ['picks', { id: 77, packId: 'acme', replyId: 'refund', text: 'x', at: 'x' }, 77],
      ['usage', { packId: 'acme', replyId: 'u-bad', count: 'many', lastUsedAt: 0 }, ['acme', 'u-bad']],
      ['settings', { key: 'settings', value: [1, 2] }, 'settings'],
      ['audit', { id: 5, kind: 'unknown', at: 1, threadId: 't', url: 'u', findings: [] }, 5],
      ['threadIgnores', { threadId: 't', key: 'k', at: null }, ['t', 'k']],
      ['threads', { id: 'th-bad', site: 'vk' }, 'th-bad'],
      ['threadEvents', { threadId: 'th', messageId: 'e-bad', at: 1, direction: 'up' }, ['th', 'e-bad']],
    ];
    for (const [table, row] of corrupt) await putRaw(table, row);
    const health = await checkDatabase(database);
    expect(health.state).toBe('ok');
    const skipped = health.state === 'ok' ? health.skipped : [];
    for (const [table, , key] of corrupt) expect(skipped, table).toEqual(named(table, key));
    expect(new Set(skipped.map((r) => r.table)).size).toBe(9);

    await database.packs.delete('p-bad');
    const again = await checkDatabase(database);
    expect(again.state === 'ok' && again.skipped.some((r) => r.table === 'packs')).toBe(false);
  });

  it('the health check pages through a large table and finds bad rows at page edges', async () => {
    const bad = new Set([1000, 1001, 2500]);
    await database.picks.bulkAdd(
      Array.from({ length: 2500 }, (_, i) => ({ id: i + 1, packId: 'acme', replyId: 'refund', text: bad.has(i + 1) ? 7 : `t${i}`, platform: 'generic', at: i })) as never[],
    );
    const health = await checkDatabase(database);
    const keys = health.state === 'ok' ? health.skipped.filter((r) => r.table === 'picks').map((r) => r.key) : [];
    expect(keys.sort()).toEqual(['1000', '1001', '2500']);
  });

  it('tells listeners when a row is skipped', async () => {
    const heard: SkippedRow[][] = [];
    const stop = watchSkippedRows(database.name, (rows) => heard.push(rows));
    await putRaw('packs', { id: 'broken', name: 42, updatedAt: 'x' });
    await listPacks(database);
    stop();
    forgetSkippedRows(database.name);
    expect(heard.at(-1)).toEqual(named('packs', 'broken'));
  });
});

describe('suggestions with a corrupt reply and a corrupt pick (the background index)', () => {
  beforeEach(async () => {
    db().close();
    await Dexie.delete(DB_NAME);
    await db().open();
    await importPack(acme, { source: 'file' });
    invalidateSuggestions();
  });

  it('still ranks the good replies and names the bad rows', async () => {
    await db().table('replies').put({ packId: 'acme', id: 'bad', title: 'Refund?', body: 42, updatedAt: 'x' });
    await db().table('picks').put({ packId: 'acme', replyId: 'refund', text: null, at: 1 });
    const suggestions = await suggest('курьер опаздывает', 'generic', 5);
    expect(suggestions[0]?.id).toBe('late');
    expect(suggestions.map((s) => s.id)).not.toContain('bad');
    expect(skippedRows(DB_NAME)).toEqual(named('replies', ['acme', 'bad']));
    expect(skippedRows(DB_NAME).some((r) => r.table === 'picks')).toBe(true);
  });
});
