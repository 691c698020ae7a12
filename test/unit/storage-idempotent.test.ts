import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TrustOpsDb } from '../../lib/storage/db';
import { listPicks, listUsage, recordPick } from '../../lib/storage/library';
import { listAudit, recordSendAnyway } from '../../lib/storage/tone';

/** Records delivered again by the content script's outbox (lib/outbox) are stored once: schema v4. */
const names: string[] = [];
const freshName = () => {
  const name = `trustops-idem-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const finding = { ruleId: 'pii.card', category: 'pii.card', severity: 'block', excerpt: '•••• •••• •••• 1111' };

describe('idempotent picks and audit records', () => {
  it('a pick with a known client id is stored once, and counted once', async () => {
    const database = new TrustOpsDb(freshName());
    const pick = { clientId: '6f1c1f5e-4a7b-4c39-9d0e-2f7a3f1f0001', packId: 'acme', replyId: 'refund', text: 'верните деньги', platform: 'generic' as const, at: 100 };
    expect(await recordPick(pick, database)).toBe(true);
    expect(await recordPick({ ...pick, at: 200 }, database)).toBe(false);
    expect(await recordPick({ ...pick, clientId: '6f1c1f5e-4a7b-4c39-9d0e-2f7a3f1f0002', at: 300 }, database)).toBe(true);
    expect(await listPicks(database)).toHaveLength(2);
    expect(await listUsage(database)).toEqual([{ packId: 'acme', replyId: 'refund', count: 2, lastUsedAt: 300 }]);
    database.close();
  });

  it('picks without a client id (older senders) are all kept', async () => {
    const database = new TrustOpsDb(freshName());
    const pick = { packId: 'acme', replyId: 'refund', text: 'x', platform: 'generic' as const, at: 1 };
    expect(await recordPick(pick, database)).toBe(true);
    expect(await recordPick(pick, database)).toBe(true);
    expect(await listPicks(database)).toHaveLength(2);
    database.close();
  });

  it('a "send anyway" record with a known client id is stored once', async () => {
    const database = new TrustOpsDb(freshName());
    const entry = { clientId: '0b7c2a55-5d43-4b8e-8f31-0c7b5f3a0001', threadId: 't', url: 'https://vk.com/im', findings: [finding] };
    expect(await recordSendAnyway(entry, database)).toBe(true);
    expect(await recordSendAnyway(entry, database)).toBe(false);
    const audit = await listAudit(database);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ kind: 'send-anyway', clientId: entry.clientId, threadId: 't' });
    database.close();
  });

  it('the unique index itself refuses a second row with the same client id', async () => {
    const database = new TrustOpsDb(freshName());
    const row = { kind: 'send-anyway' as const, at: 1, threadId: 't', url: 'u', findings: [], clientId: 'same' };
    await database.audit.add(row);
    await expect(database.audit.add(row)).rejects.toMatchObject({ name: 'ConstraintError' });
    database.close();
  });

  it('v3 → v4 keeps the picks and audit records without a client id valid, and new ones are deduplicated', async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    v3.version(3).stores({
      packs: 'id',
      replies: '[packId+id], packId, *tags',
      picks: '++id, [packId+replyId], at',
      usage: '[packId+replyId]',
      settings: 'key',
      audit: '++id, at, kind',
      threadIgnores: '[threadId+key], threadId',
      threads: 'id, status, dueAt, site, updatedAt',
      threadEvents: '[threadId+messageId], threadId, at',
    });
    await v3.open();
    await v3.table('picks').bulkAdd([
      { packId: 'acme', replyId: 'refund', text: 'a', platform: 'generic', at: 1 },
      { packId: 'acme', replyId: 'refund', text: 'b', platform: 'generic', at: 2 },
    ]);
    await v3.table('usage').add({ packId: 'acme', replyId: 'refund', count: 2, lastUsedAt: 2 });
    await v3.table('audit').bulkAdd([
      { kind: 'send-anyway', at: 1, threadId: 't', url: 'u', findings: [finding] },
      { kind: 'send-anyway', at: 2, threadId: 't', url: 'u', findings: [finding] },
    ]);
    v3.close();

    const current = new TrustOpsDb(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(7); // later versions add tables only
    expect(await listPicks(current)).toHaveLength(2);
    expect(await listAudit(current)).toHaveLength(2);
    const clientId = '9d3e0f4c-1b2a-4c5d-8e6f-7a8b9c0d0001';
    const pick = { clientId, packId: 'acme', replyId: 'refund', text: 'c', platform: 'generic' as const, at: 3 };
    expect(await recordPick(pick, current)).toBe(true);
    expect(await recordPick(pick, current)).toBe(false);
    expect(await listPicks(current)).toHaveLength(3);
    expect((await listUsage(current))[0]).toMatchObject({ count: 3, lastUsedAt: 3 });
    expect(await recordSendAnyway({ clientId, threadId: 't', url: 'u', findings: [] }, current)).toBe(true);
    expect(await recordSendAnyway({ clientId, threadId: 't', url: 'u', findings: [] }, current)).toBe(false);
    expect(await listAudit(current)).toHaveLength(3);
    current.close();
  });
});
