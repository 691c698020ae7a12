import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AuditRecord, PackRecord, PickRecord, ReplyRecord, SettingRecord, ThreadEventRecord, ThreadIgnoreRecord, ThreadRecord,
  UsageRecord,
} from '../schema/storage';

export const DB_NAME = 'trustops';

/**
 * The extension's database. It lives in the extension origin only (background and extension
 * pages); content scripts reach it through lib/messaging, never directly (their IndexedDB
 * would be the host page's).
 *
 * Versions:
 *  1 — packs, replies keyed by [packId+id], picks keyed by reply id only, settings.
 *  2 — picks know their pack ([packId+replyId]); usage counts per reply, derived from v1 picks.
 *  3 — tone audit trail and per-thread ignores; SLA threads and their message events.
 */
export class TrustOpsDb extends Dexie {
  packs!: EntityTable<PackRecord, 'id'>;
  replies!: Table<ReplyRecord, [string, string]>;
  picks!: EntityTable<PickRecord, 'id'>;
  usage!: Table<UsageRecord, [string, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  audit!: EntityTable<AuditRecord, 'id'>;
  threadIgnores!: Table<ThreadIgnoreRecord, [string, string]>;
  threads!: EntityTable<ThreadRecord, 'id'>;
  threadEvents!: Table<ThreadEventRecord, [string, string]>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      packs: 'id',
      replies: '[packId+id], packId',
      picks: '++id, replyId, at',
      settings: 'key',
    });
    this.version(2)
      .stores({
        replies: '[packId+id], packId, *tags',
        picks: '++id, [packId+replyId], at',
        usage: '[packId+replyId]',
      })
      .upgrade(async (tx) => {
        // v1 picks named a reply id only; attach the pack that holds that reply and count usage.
        const replies = (await tx.table('replies').toArray()) as ReplyRecord[];
        const packOfReply = new Map(replies.map((r) => [r.id, r.packId]));
        const usage = new Map<string, UsageRecord>();
        await tx
          .table('picks')
          .toCollection()
          .modify((pick: PickRecord) => {
            pick.packId = pick.packId ?? packOfReply.get(pick.replyId) ?? '';
            pick.platform = pick.platform ?? 'generic';
            const key = `${pick.packId}\u0000${pick.replyId}`;
            const row = usage.get(key) ?? { packId: pick.packId, replyId: pick.replyId, count: 0, lastUsedAt: 0 };
            row.count += 1;
            row.lastUsedAt = Math.max(row.lastUsedAt, pick.at);
            usage.set(key, row);
          });
        await tx.table('usage').bulkPut([...usage.values()]);
      });
    this.version(3).stores({
      audit: '++id, at, kind',
      threadIgnores: '[threadId+key], threadId',
      threads: 'id, status, dueAt, site, updatedAt',
      threadEvents: '[threadId+messageId], threadId, at',
    });
  }
}

let shared: TrustOpsDb | undefined;
/** The one database of this extension context, opened lazily. */
export function db(): TrustOpsDb {
  shared ??= new TrustOpsDb();
  return shared;
}
