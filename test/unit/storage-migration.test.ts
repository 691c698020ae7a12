import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TrustOpsDb } from '../../lib/storage/db';
import { listPicks, listUsage, recordPick } from '../../lib/storage/library';

const names: string[] = [];
const freshName = () => {
  const name = `trustops-test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes a database exactly as version 1 of the schema laid it out. */
async function seedV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ packs: 'id', replies: '[packId+id], packId', picks: '++id, replyId, at', settings: 'key' });
  await v1.open();
  await v1.table('packs').add({ id: 'acme', name: 'Acme', updatedAt: '2026-01-01T00:00:00Z', source: 'file', enabled: true, rules: [] });
  await v1.table('replies').bulkAdd([
    { packId: 'acme', id: 'refund', title: 'Refund', body: 'We will refund', tags: ['money'], examples: [], platforms: [], updatedAt: 'x' },
    { packId: 'acme', id: 'hello', title: 'Hello', body: 'Hi {name}', tags: [], examples: [], platforms: [], updatedAt: 'x' },
  ]);
  await v1.table('picks').bulkAdd([
    { replyId: 'refund', text: 'где деньги', at: 100 },
    { replyId: 'refund', text: 'верните деньги', at: 300 },
    { replyId: 'hello', text: 'привет', at: 200 },
  ]);
  await v1.table('settings').add({ key: 'locale', value: 'ru' });
  v1.close();
}

describe('database migration', () => {
  it('upgrades a v1 database to the current version without losing data', async () => {
    const name = freshName();
    await seedV1(name);

    const current = new TrustOpsDb(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(7); // later versions add tables only

    expect(await current.packs.count()).toBe(1);
    const replies = await current.replies.toArray();
    expect(replies.map((r) => r.id).sort()).toEqual(['hello', 'refund']);
    expect(await current.replies.where('tags').equals('money').count()).toBe(1);
    expect((await current.settings.get('locale'))?.value).toBe('ru');

    const picks = await listPicks(current);
    expect(picks).toHaveLength(3);
    expect(picks.every((p) => p.packId === 'acme')).toBe(true);
    expect(await current.picks.where('[packId+replyId]').equals(['acme', 'refund']).count()).toBe(2);

    const usage = await listUsage(current);
    const refund = usage.find((u) => u.replyId === 'refund');
    expect(refund).toMatchObject({ packId: 'acme', count: 2, lastUsedAt: 300 });
    expect(usage.find((u) => u.replyId === 'hello')?.count).toBe(1);
    current.close();
  });

  it('keeps counting usage after the upgrade', async () => {
    const name = freshName();
    await seedV1(name);
    const current = new TrustOpsDb(name);
    await recordPick({ packId: 'acme', replyId: 'refund', text: 'refund please', platform: 'generic', at: 400 }, current);
    const refund = (await listUsage(current)).find((u) => u.replyId === 'refund');
    expect(refund).toMatchObject({ count: 3, lastUsedAt: 400 });
    current.close();
  });
});
