import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../lib/backup/codec';
import { createSuggestIndex } from '../../lib/engine/suggest';
import type { Reply } from '../../lib/schema/pack';
import type { ThreadSnapshot } from '../../lib/schema/thread';
import { exportBackup, isProfileEmpty, readAllTables, restoreBackup, restoreProblems } from '../../lib/storage/backup';
import { TrustOpsDb } from '../../lib/storage/db';
import { importPack, recordPick } from '../../lib/storage/library';
import { saveLearnedModel } from '../../lib/storage/models';
import { saveSettings } from '../../lib/storage/settings';
import { saveSubscription } from '../../lib/storage/subscriptions';
import { ingestSnapshot } from '../../lib/storage/threads';
import { ignoreAlways, ignoreInThread, recordSendAnyway } from '../../lib/storage/tone';

const names: string[] = [];
const fresh = () => {
  const name = `trustops-backup-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new TrustOpsDb(name);
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const reply = (id: string, title: string, body: string): Reply => ({ id, title, body, tags: ['t'], examples: [], platforms: [], lang: 'ru' });
const REPLIES = [reply('refund', 'Возврат', 'Деньги вернутся за 5 дней.'), reply('late', 'Задержка', 'Курьер уже едет.')];
const T0 = Date.parse('2026-12-01T09:00:00Z');
const snapshot: ThreadSnapshot = {
  id: 'vk:convo_1', site: 'vk', title: 'Анна', url: 'https://vk.com/im/convo/1',
  messages: [{ id: 'm1', direction: 'in', at: new Date(T0).toISOString(), text: 'Где заказ?', author: 'Анна' }],
};

/** A profile with a row in every table, written through the storage layer as the extension writes it. */
async function populate(database: TrustOpsDb): Promise<void> {
  await importPack({ format: 'trustops-pack', version: 1, id: 'acme', name: 'Acme', replies: REPLIES, rules: [] }, { source: 'file' } as never, database);
  await recordPick({ clientId: '6f1c1f5e-4a7b-4c39-9d0e-2f7a3f1f0001', packId: 'acme', replyId: 'refund', text: 'верните деньги', platform: 'generic', at: T0 }, database);
  await recordSendAnyway({ clientId: '0b7c2a55-5d43-4b8e-8f31-0c7b5f3a0001', threadId: 'vk:convo_1', url: 'https://vk.com/im', findings: [{ ruleId: 'pii.card', category: 'pii.card', severity: 'block', excerpt: '•••• 1111' }] }, database);
  await ingestSnapshot(snapshot, { policy: { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 120 }, now: T0 + 10 * 60_000, platform: 'vk', thanksNeedsNoReply: true }, database);
  await ignoreInThread('vk:convo_1', { key: 'k1', ruleId: 'overpromise', category: 'overpromise' }, database);
  await ignoreAlways({ key: 'k2', ruleId: 'shouting', category: 'shouting', text: 'ЗЕРНО' }, database);
  await saveSettings({ language: 'en', suggestionsCount: 3 }, database);
  await saveSubscription({ url: 'https://team.example/pack.json', origin: 'user', addedAt: new Date(T0).toISOString(), lastCheckedAt: new Date(T0).toISOString() }, database);
  const model = createSuggestIndex(REPLIES, [{ text: 'верните деньги', replyId: 'refund' }, { text: 'где курьер', replyId: 'late' }]).learned();
  if (model) await saveLearnedModel(model, database);
}

describe('backup', () => {
  it('a populated profile restored into an empty one equals the original, table by table, typed arrays included', async () => {
    const original = fresh();
    await populate(original);
    const before = await readAllTables(original);
    for (const table of original.tables) expect(before[table.name]!.length, `${table.name} has a row`).toBeGreaterThan(0);

    const text = await exportBackup(original);
    const decoded = decodeBackup(text);
    if (!decoded.ok) throw new Error(decoded.error);
    const target = fresh();
    await target.open();
    expect(await isProfileEmpty(target)).toBe(true);
    expect(restoreProblems(decoded.file, target)).toEqual([]);
    await restoreBackup(decoded.file, 'replace', target);
    expect(await readAllTables(target)).toEqual(before);
    const models = (await target.models.toArray()) as { weights?: { featureIds?: unknown } }[];
    if (models[0]?.weights) expect(models[0].weights.featureIds).toBeInstanceOf(Int32Array);
  });

  it('merge keeps what the profile has and adds what it lacks; replace makes it the backup', async () => {
    const original = fresh();
    await populate(original);
    const decoded = decodeBackup(await exportBackup(original));
    if (!decoded.ok) throw new Error(decoded.error);
    const target = fresh();
    await importPack({ format: 'trustops-pack', version: 1, id: 'own', name: 'Own', replies: [reply('hi', 'Привет', 'Здравствуйте!')], rules: [] }, { source: 'file' } as never, target);
    await saveSettings({ language: 'ru' }, target);
    await restoreBackup(decoded.file, 'merge', target);
    expect((await target.packs.toArray()).map((p) => p.id).sort()).toEqual(['acme', 'own']);
    expect(await target.picks.count()).toBe(1);
    expect((await target.settings.get('settings'))?.value).toMatchObject({ language: 'ru' });
    // Merging the same file again adds nothing.
    await restoreBackup(decoded.file, 'merge', target);
    expect(await target.picks.count()).toBe(1);
    expect(await target.audit.count()).toBe(1);

    await restoreBackup(decoded.file, 'replace', target);
    expect(await readAllTables(target)).toEqual(await readAllTables(original));
  });

  it('a file that is not a backup, from a newer version, or with a bad row is refused before anything is written', async () => {
    expect(decodeBackup('not json')).toEqual({ ok: false, error: 'not-json' });
    expect(decodeBackup('{"format":"trustops-pack"}')).toEqual({ ok: false, error: 'not-backup' });
    expect(decodeBackup(JSON.stringify({ format: 'trustops-backup', version: 99, createdAt: '', databaseVersion: 6, tables: {} }))).toEqual({ ok: false, error: 'newer' });
    const target = fresh();
    await target.open();
    const bad = { format: 'trustops-backup' as const, version: 1, createdAt: '', databaseVersion: 6, tables: { packs: [{ name: 'no id' }], nope: [] } };
    expect(restoreProblems(bad, target).map((p) => p.kind).sort()).toEqual(['bad-row', 'unknown-table']);
    expect(await isProfileEmpty(target)).toBe(true);
  });
});
