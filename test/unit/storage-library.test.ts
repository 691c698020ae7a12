import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrustOpsDb } from '../../lib/storage/db';
import {
  deletePack, deleteReply, exportPack, importPack, listPacks, listReplies, restorePack, restoreReplies, saveReply,
} from '../../lib/storage/library';
import { PackSchema } from '../../lib/schema/pack';

let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`lib-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const pack = PackSchema.parse({
  name: 'Acme support',
  replies: [
    { id: 'a', title: 'A', body: 'Body A' },
    { id: 'b', title: 'B', body: 'Body B', tags: ['x'] },
  ],
});

describe('library storage', () => {
  it('imports the minimal pack form and exports it in the full format', async () => {
    const result = await importPack(pack, { source: 'file' }, database);
    expect(result).toEqual({ packId: 'acme-support', replies: 2, rules: 0, replaced: false });
    const exported = await exportPack('acme-support', database);
    expect(exported.format).toBe('trustops-pack');
    expect(exported.replies.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(PackSchema.safeParse(exported).success).toBe(true);
  });

  it('re-import replaces the pack replies instead of duplicating them', async () => {
    await importPack(pack, { source: 'file' }, database);
    const smaller = { ...pack, replies: pack.replies.slice(0, 1) };
    expect((await importPack(smaller, { source: 'file' }, database)).replaced).toBe(true);
    expect(await listReplies('acme-support', database)).toHaveLength(1);
  });

  it('undoes a deleted reply and a deleted pack', async () => {
    await importPack(pack, { source: 'file' }, database);
    const removed = await deleteReply('acme-support', 'a', database);
    expect(await listReplies('acme-support', database)).toHaveLength(1);
    await restoreReplies([removed!], database);
    expect(await listReplies('acme-support', database)).toHaveLength(2);

    const snapshot = await deletePack('acme-support', database);
    expect(await listPacks(database)).toHaveLength(0);
    await restorePack(snapshot!, database);
    expect(await listReplies('acme-support', database)).toHaveLength(2);
  });

  it('refuses an invalid reply and leaves the library unchanged', async () => {
    await importPack(pack, { source: 'file' }, database);
    await expect(saveReply('acme-support', { id: 'c', title: '', body: 'x', tags: [], examples: [], platforms: [] }, database)).rejects.toThrow();
    expect(await listReplies('acme-support', database)).toHaveLength(2);
  });
});
