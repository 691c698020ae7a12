import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBackup, encodeBackup } from '../../lib/backup/codec';
import { createSuggestIndex } from '../../lib/engine/suggest';
import type { Reply } from '../../lib/schema/pack';
import type { ThreadSnapshot } from '../../lib/schema/thread';
import { exportBackup, isProfileEmpty, readAllTables, readTablesAsStored, restoreBackup } from '../../lib/storage/backup';
import { checkBackupText, problemCode } from '../../lib/storage/backup-check';
import { restoreFromText, undoLastRestore } from '../../lib/storage/backup-restore';
import { TrustOpsDb } from '../../lib/storage/db';
import { importPack, recordPick } from '../../lib/storage/library';
import { saveLearnedModel } from '../../lib/storage/models';
import { forgetBeforeRestore } from '../../lib/storage/restore-undo';
import { ROW_SCHEMAS } from '../../lib/storage/row-guard';
import { loadSettings, saveSettings } from '../../lib/storage/settings';
import { saveSubscription } from '../../lib/storage/subscriptions';
import { saveIdea } from '../../lib/storage/ideas';
import { ingestSnapshot } from '../../lib/storage/threads';
import { ignoreAlways, ignoreInThread, recordSendAnyway } from '../../lib/storage/tone';
import { TABLE_NAMES } from '../../components/options/settings/backup-texts';
import { recordCrisisReplies } from '../../lib/storage/crisis-log';

const names: string[] = [];
const fresh = () => {
  const name = `trustops-backup-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new TrustOpsDb(name);
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
  await forgetBeforeRestore();
  vi.restoreAllMocks();
});

const reply = (id: string, title: string, body: string): Reply => ({ id, title, body, tags: ['t'], examples: [], platforms: [], lang: 'ru' });
const REPLIES = [reply('refund', 'Возврат', 'Деньги вернутся за 5 дней.'), reply('late', 'Задержка', 'Курьер уже едет.')];
const T0 = Date.parse('2026-12-01T09:00:00Z');
const snapshot: ThreadSnapshot = {
  id: 'vk:convo_1', site: 'vk', title: 'Анна', url: 'https://vk.com/im/convo/1',
  messages: [{ id: 'm1', direction: 'in', at: new Date(T0).toISOString(), text: 'Где заказ?', author: 'Анна' }],
};
const acme = (replies: Reply[]) => ({ format: 'trustops-pack' as const, version: 1 as const, id: 'acme', name: 'Acme', replies, rules: [] });

/** A profile with a row in every table, written through the storage layer as the extension writes it. */
async function populate(database: TrustOpsDb): Promise<void> {
  await importPack(acme(REPLIES), { source: 'file' } as never, database);
  await recordPick({ clientId: '6f1c1f5e-4a7b-4c39-9d0e-2f7a3f1f0001', packId: 'acme', replyId: 'refund', text: 'верните деньги', platform: 'generic', at: T0 }, database);
  await recordSendAnyway({ clientId: '0b7c2a55-5d43-4b8e-8f31-0c7b5f3a0001', threadId: 'vk:convo_1', url: 'https://vk.com/im', findings: [{ ruleId: 'pii.card', category: 'pii.card', severity: 'block', excerpt: '•••• 1111' }] }, database);
  await ingestSnapshot(snapshot, { policy: { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 120 }, now: T0 + 10 * 60_000, platform: 'vk', thanksNeedsNoReply: true }, database);
  await ignoreInThread('vk:convo_1', { key: 'k1', ruleId: 'overpromise', category: 'overpromise' }, database);
  await ignoreAlways({ key: 'k2', ruleId: 'shouting', category: 'shouting', text: 'ЗЕРНО' }, database);
  await saveSettings({ language: 'en', suggestionsCount: 3 }, database);
  await saveSubscription({ url: 'https://team.example/pack.json', origin: 'user', addedAt: new Date(T0).toISOString(), lastCheckedAt: new Date(T0).toISOString() }, database);
  await saveIdea({ text: 'Добавьте овсяное молоко', threadId: 'vk:convo_1', url: 'https://vk.com/im/convo/1', platform: 'vk', author: 'Анна', at: null }, { now: new Date(T0), newId: () => 'idea-1' }, database);
  await recordCrisisReplies([{
    id: 'vk:convo_1\u00015', threadId: 'vk:convo_1', messageId: '5', at: T0, platform: 'vk', site: 'vk', title: 'Анна', url: 'https://vk.com/im/convo/1',
    text: 'Приносим извинения, вернёмся в течение часа.', crisisReason: 'Сбой', crisisStartedAt: new Date(T0).toISOString(), source: 'user',
  }], database);
  const model = createSuggestIndex(REPLIES, [{ text: 'верните деньги', replyId: 'refund' }, { text: 'где курьер', replyId: 'late' }]).learned();
  if (!model) throw new Error('the suggestion index learned no model from two picks');
  await saveLearnedModel(model, database);
}

const decoded = (text: string) => {
  const result = decodeBackup(text);
  if (!result.ok) throw new Error(result.error);
  return result.file;
};

describe('backup covers the whole database', () => {
  it('every table of the database gets a row from populate(), a row schema and a name in the dashboard', async () => {
    const original = fresh();
    await populate(original);
    const tables = original.tables.map((table) => table.name);
    // A table added to db.ts fails here until populate() writes it (and the round trip below compares it).
    for (const name of tables) expect(await original.table(name).count(), `${name} has a row`).toBeGreaterThan(0);
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual([...tables].sort());
    expect(Object.keys(TABLE_NAMES).sort()).toEqual([...tables].sort());
  });

  it('typed arrays of every kind and dates come back as they were', () => {
    const row = {
      at: new Date('2026-12-01T09:00:00.123Z'),
      i8: Int8Array.from([-1, 2]), u8: Uint8Array.from([0, 255]), i16: Int16Array.from([-300]), u16: Uint16Array.from([65535]),
      i32: Int32Array.from([-7, 2 ** 31 - 1]), u32: Uint32Array.from([2 ** 32 - 1]), f32: Float32Array.from([0.1, -Infinity, NaN]),
      f64: Float64Array.from([Math.PI, -0]),
      // A view into part of a larger buffer keeps only its own bytes.
      part: new Int32Array(Int32Array.from([1, 2, 3, 4]).buffer, 4, 2),
    };
    const file = decoded(encodeBackup({ models: [row] }, 6, new Date(T0), '1.2.3'));
    expect(file.appVersion).toBe('1.2.3');
    const back = file.tables.models![0] as typeof row;
    expect(back).toEqual(row);
    for (const [key, value] of Object.entries(row)) expect((back as Record<string, unknown>)[key]).toBeInstanceOf(value.constructor);
    expect(Array.from(back.part)).toEqual([2, 3]);
    expect(Object.is(back.f64[1], -0)).toBe(true);
  });
});

describe('restore', () => {
  it('a populated profile restored into an empty one equals the original, every table and every setting', async () => {
    const original = fresh();
    await populate(original);
    const before = await readAllTables(original);

    const text = await exportBackup(original, { appVersion: '0.1.0', now: new Date(T0) });
    expect(JSON.parse(text)).toMatchObject({ format: 'trustops-backup', version: 1, appVersion: '0.1.0', createdAt: new Date(T0).toISOString(), databaseVersion: original.verno });
    const target = fresh();
    await target.open();
    expect(await isProfileEmpty(target)).toBe(true);
    const outcome = await restoreFromText(text, 'merge', target);
    expect(outcome.ok).toBe(true);
    expect(await readAllTables(target)).toEqual(before);
    expect(await readTablesAsStored(target)).toEqual(await readTablesAsStored(original));
    expect(await loadSettings(target)).toEqual(await loadSettings(original));
    const [model] = await target.models.toArray();
    expect(model?.weights.featureIds).toBeInstanceOf(Int32Array);
    expect(model?.weights.weights).toBeInstanceOf(Float64Array);
  });

  it('merge keeps what the profile has (settings, its own version of a pack) and adds what it lacks, once', async () => {
    const original = fresh();
    await populate(original);
    // An audit record from before client ids (schema v3): numbered, nothing else to know it by.
    await original.audit.add({ kind: 'send-anyway', at: T0, threadId: 'vk:old', url: 'https://vk.com/im', findings: [] });
    const text = await exportBackup(original);
    const target = fresh();
    await importPack(acme([reply('refund', 'Возврат', 'Своя версия.')]), { source: 'file' } as never, target);
    await importPack({ format: 'trustops-pack', version: 1, id: 'own', name: 'Own', replies: [reply('hi', 'Привет', 'Здравствуйте!')], rules: [] }, { source: 'file' } as never, target);
    await saveSettings({ language: 'ru' }, target);

    const merged = await restoreFromText(text, 'merge', target);
    expect(merged).toMatchObject({ ok: true, written: { packs: 0, replies: 0, picks: 1, audit: 2, threads: 1, threadEvents: 1 } });
    expect((await target.packs.toArray()).map((p) => p.id).sort()).toEqual(['acme', 'own']);
    // The profile's own "acme" stays whole: the backup's second reply is not mixed into it.
    expect((await target.replies.where('packId').equals('acme').toArray()).map((r) => r.body)).toEqual(['Своя версия.']);
    expect((await loadSettings(target)).language).toBe('ru');
    expect((await target.threads.toArray()).map((t) => t.id)).toEqual(['vk:convo_1']);

    // Merging the same file again adds nothing, numbered records without a client id included.
    const again = await restoreFromText(text, 'merge', target);
    expect(again.ok && Object.values(again.written).every((n) => n === 0)).toBe(true);
    expect(await target.picks.count()).toBe(1);
    expect(await target.audit.count()).toBe(2);
  });

  it('replace makes the profile the backup; undo puts back the profile exactly as stored, an unreadable row included', async () => {
    const original = fresh();
    await populate(original);
    const text = await exportBackup(original);
    const target = fresh();
    await importPack({ format: 'trustops-pack', version: 1, id: 'own', name: 'Own', replies: [reply('hi', 'Привет', 'Здравствуйте!')], rules: [] }, { source: 'file' } as never, target);
    await saveSettings({ language: 'ru', suggestionsCount: 5 }, target);
    // A row the app cannot read (the row guard hides it): a restore and its undo must not lose it.
    await target.packs.put({ id: 'broken', name: 42 } as never);
    const before = await readTablesAsStored(target);

    const replaced = await restoreFromText(text, 'replace', target);
    expect(replaced.ok).toBe(true);
    expect(await readAllTables(target)).toEqual(await readAllTables(original));

    expect(await undoLastRestore(target)).toBe(true);
    expect(await readTablesAsStored(target)).toEqual(before);
    expect((await loadSettings(target)).suggestionsCount).toBe(5);
    // The undo is used up.
    expect(await undoLastRestore(target)).toBe(false);
  });

  it('a write that fails half-way leaves nothing written and the earlier undo in place', async () => {
    const original = fresh();
    await populate(original);
    const text = await exportBackup(original);
    const target = fresh();
    await saveSettings({ suggestionsCount: 5 }, target);
    await restoreFromText(text, 'merge', target); // an earlier restore, to be undone later
    const afterFirst = await readTablesAsStored(target);

    await importPack({ format: 'trustops-pack', version: 1, id: 'own', name: 'Own', replies: [reply('hi', 'Привет', 'Здравствуйте!')], rules: [] }, { source: 'file' } as never, target);
    const before = await readTablesAsStored(target);
    // Tables are written in order; the last one refuses (as a full disk would).
    const last = target.tables[target.tables.length - 1]!;
    vi.spyOn(last, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(restoreFromText(text, 'replace', target)).rejects.toThrow('QuotaExceededError');
    expect(await readTablesAsStored(target)).toEqual(before);

    // Undo still goes back to before the first restore (not to the state the failed one saw).
    expect(await undoLastRestore(target)).toBe(true);
    const undone = await readTablesAsStored(target);
    expect(undone.picks).toEqual([]);
    expect(undone).not.toEqual(afterFirst);
    expect((await loadSettings(target)).suggestionsCount).toBe(5);
  });

  it('a file that is not JSON, not a backup, from a newer version or with a bad or repeated row writes nothing and says why', async () => {
    const original = fresh();
    await populate(original);
    const good = JSON.parse(await exportBackup(original)) as { tables: Record<string, Record<string, unknown>[]>; version: number; databaseVersion: number };
    const variant = (change: (file: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    const target = fresh();
    await importPack({ format: 'trustops-pack', version: 1, id: 'own', name: 'Own', replies: [reply('hi', 'Привет', 'Здравствуйте!')], rules: [] }, { source: 'file' } as never, target);
    const before = await readTablesAsStored(target);

    const cases: [string, string, string[]][] = [
      ['not json', '{"format": "trustops-backup",', ['not-json']],
      ['a pack file', JSON.stringify(acme(REPLIES)), ['not-backup']],
      ['a newer file format', variant((f) => (f.version = 2)), ['newer-format']],
      ['a newer database', variant((f) => (f.databaseVersion = 99)), ['newer-database:99']],
      ['an unknown table', variant((f) => (f.tables.gadgets = [])), ['unknown-table:gadgets']],
      ['a reply without a body', variant((f) => delete f.tables.replies![1]!.body), ['bad-row:replies:2:body: Invalid input: expected string, received undefined']],
      ['a thread twice', variant((f) => f.tables.threads!.push(f.tables.threads![0]!)), ['duplicate-key:threads:2']],
      ['a pick sent twice', variant((f) => f.tables.picks!.push({ ...f.tables.picks![0]!, id: 99 })), ['duplicate-key:picks:2']],
    ];
    for (const [label, text, codes] of cases) {
      const checked = checkBackupText(text, target);
      expect(checked.ok ? [] : checked.problems.map(problemCode), label).toEqual(codes);
      for (const mode of ['merge', 'replace'] as const) expect((await restoreFromText(text, mode, target)).ok, label).toBe(false);
      expect(await readTablesAsStored(target), label).toEqual(before);
    }
    expect(await undoLastRestore(target)).toBe(false);
  });
});

describe('restoreBackup', () => {
  it('replace writes exactly the file, into a profile that has other rows', async () => {
    const original = fresh();
    await populate(original);
    const file = decoded(await exportBackup(original));
    const target = fresh();
    await populate(target);
    await saveSettings({ language: 'ru' }, target);
    await target.threads.put({ ...(await target.threads.get('vk:convo_1'))!, id: 'vk:convo_2' });
    await restoreBackup(file, 'replace', target);
    expect(await readTablesAsStored(target)).toEqual(await readTablesAsStored(original));
  });
});
