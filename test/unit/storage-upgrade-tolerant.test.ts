import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase, describeDatabaseError } from '../../lib/storage/db-health';
import { db, DB_NAME, TrustOpsDb } from '../../lib/storage/db';
import { listPicks, listUsage } from '../../lib/storage/library';
import { RAW_DB_NAME, readRawDatabase } from '../../lib/storage/raw-export';
import { skippedRows } from '../../lib/storage/skipped-rows';

const names: string[] = [];
const freshName = () => {
  const name = `upgrade-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A version-1 database whose picks include two the v2 upgrade cannot convert. */
async function seedV1WithBadPicks(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ packs: 'id', replies: '[packId+id], packId', picks: '++id, replyId, at', settings: 'key' });
  await v1.open();
  await v1.table('packs').add({ id: 'acme', name: 'Acme', updatedAt: '2026-01-01T00:00:00Z', source: 'file', enabled: true, rules: [] });
  await v1.table('replies').add({ packId: 'acme', id: 'refund', title: 'Refund', body: 'We will refund', tags: [], examples: [], platforms: [], updatedAt: 'x' });
  await v1.table('picks').bulkAdd([
    { replyId: 'refund', text: 'где деньги', at: 100 }, // id 1
    { text: 'no reply id: its usage key cannot be built', at: 150 }, // id 2: made the old upgrade throw
    { replyId: 'refund', text: 'верните деньги', at: 300 }, // id 3
    { replyId: 'refund', text: 'time is not a number', at: 'soon' }, // id 4
  ]);
  v1.close();
}

describe('a v1 database with rows the v2 upgrade cannot convert', () => {
  it('still opens: the good picks are upgraded and counted, the bad ones are left as they were and named', async () => {
    const name = freshName();
    await seedV1WithBadPicks(name);
    const current = new TrustOpsDb(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(3);

    const upgradeSkips = skippedRows(name).filter((r) => r.during === 'upgrade');
    expect(upgradeSkips).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'picks', key: '2', reason: expect.stringContaining('replyId') }),
        expect.objectContaining({ table: 'picks', key: '4', reason: expect.stringContaining('at') }),
      ]),
    );

    const picks = await listPicks(current);
    expect(picks.map((p) => p.text)).toEqual(['где деньги', 'верните деньги']);
    expect(picks.every((p) => p.packId === 'acme' && p.platform === 'generic')).toBe(true);
    expect(await listUsage(current)).toEqual([{ packId: 'acme', replyId: 'refund', count: 2, lastUsedAt: 300 }]);

    // The bad rows are still there, untouched (nothing is deleted by an upgrade).
    expect(await current.picks.count()).toBe(4);
    const raw = await readRawDatabase(name);
    expect(raw.stores.picks!.rows.map((r) => r.value)).toContainEqual({ id: 2, text: 'no reply id: its usage key cannot be built', at: 150 });
    current.close();
  });
});

describe('a database that cannot be opened', () => {
  it('is reported with the underlying error, not a bare DatabaseClosedError, and its raw data can still be read', async () => {
    const name = freshName();
    const before = new TrustOpsDb(name);
    await before.packs.add({ id: 'kept', name: 'Kept', updatedAt: 'x', source: 'local', enabled: true, rules: [] });
    before.close();

    // A later schema version whose upgrade has a bug: the open fails as a whole.
    class Broken extends TrustOpsDb {
      constructor() {
        super(name);
        this.version(99).stores({}).upgrade(() => {
          throw new TypeError('cannot read properties of undefined (reading "at")');
        });
      }
    }
    const current = new Broken();
    const health = await checkDatabase(current);
    expect(health).toEqual({ state: 'unavailable', error: expect.stringMatching(/^TypeError: cannot read properties of undefined/) });

    const later = await current.packs.toArray().catch((error: unknown) => error);
    expect((later as Error).name).toBe('DatabaseClosedError');
    expect(describeDatabaseError(later)).toMatch(/^TypeError: cannot read properties of undefined .+ \(DatabaseClosedError\)$/);

    const raw = await readRawDatabase(name);
    expect(raw.stores.packs!.rows).toEqual([{ key: 'kept', value: expect.objectContaining({ id: 'kept', name: 'Kept' }) }]);
    expect(Object.keys(raw.stores).sort()).toEqual(expect.arrayContaining(['packs', 'picks', 'replies', 'threads']));
    current.close();
  });

  it('the raw reader never creates a database that does not exist, and reads the extension\'s by default', async () => {
    expect(RAW_DB_NAME).toBe(DB_NAME);
    const name = freshName();
    await expect(readRawDatabase(name)).rejects.toThrow(/cannot open/);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('db() hands out a fresh instance once the shared one has failed, so the next call tries again', async () => {
    const first = db();
    await first.open();
    first.close(); // Dexie now refuses every call on it, as after a failed open
    await expect(first.packs.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const next = db();
    expect(next).not.toBe(first);
    await expect(next.packs.count()).resolves.toBe(0);
    next.close();
    await Dexie.delete(DB_NAME);
  });
});
