import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AuditRecord, LearnedModelRecord, PackRecord, PickRecord, ReplyRecord, SettingRecord, SubscriptionRecord, ThreadEventRecord, ThreadIgnoreRecord,
  ThreadRecord, UsageRecord,
} from '../schema/storage';
import type { IdeaRecord } from '../schema/idea';
import type { CrisisLogRecord } from '../schema/crisis';
import { rowGuard } from './row-guard';
import { upgradeToV2 } from './upgrades';

export const DB_NAME = 'trustops';

/**
 * The extension's database. It lives in the extension origin only; the background is its only
 * writer. Extension pages read it and ask the background to write (validated messages,
 * lib/schema/messages.ts; test/unit/single-writer.test.ts keeps it so); content scripts reach it
 * through lib/messaging only (their IndexedDB would be the host page's).
 *
 * Versions:
 *  1 — packs, replies keyed by [packId+id], picks keyed by reply id only, settings.
 *  2 — picks know their pack ([packId+replyId]); usage counts per reply, derived from v1 picks.
 *  3 — tone audit trail and per-thread ignores; SLA threads and their message events.
 *  4 — picks and audit records carry the sender's `clientId` (unique): a record delivered again
 *      from the content script's outbox is stored once. Older rows have none and stay valid.
 *  5 — the trained suggestion model (`models`, one row), so a woken background need not train it.
 *  6 — pack subscriptions (`subscriptions`, keyed by URL): validators, last check, last change.
 *  7 — ideas saved from customer messages (`ideas`): askers, tags, impact/cost, status.
 *  8 — replies sent during a crisis (`crisisLog`), for the review afterwards and its CSV export.
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
  models!: EntityTable<LearnedModelRecord, 'id'>;
  subscriptions!: EntityTable<SubscriptionRecord, 'url'>;
  ideas!: EntityTable<IdeaRecord, 'id'>;
  crisisLog!: EntityTable<CrisisLogRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // Every read is checked against lib/schema/storage.ts; a malformed row is skipped and reported.
    this.use(rowGuard(name));
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
      .upgrade(upgradeToV2); // tolerant: a row it cannot convert is skipped, not the whole database
    this.version(3).stores({
      audit: '++id, at, kind',
      threadIgnores: '[threadId+key], threadId',
      threads: 'id, status, dueAt, site, updatedAt',
      threadEvents: '[threadId+messageId], threadId, at',
    });
    // A unique index skips rows without the key, so the existing picks and audit records need no upgrade.
    this.version(4).stores({
      picks: '++id, [packId+replyId], at, &clientId',
      audit: '++id, at, kind, &clientId',
    });
    this.version(5).stores({ models: 'id' });
    this.version(6).stores({ subscriptions: 'url' });
    this.version(7).stores({ ideas: 'id, status, updatedAt' });
    this.version(8).stores({ crisisLog: 'id, at' });
  }
}

let shared: TrustOpsDb | undefined;
/**
 * The one database of this extension context, opened lazily. Dexie keeps a database whose opening
 * failed closed for good (every later call: DatabaseClosedError); a fresh instance lets the next
 * caller try again, since the cause (a blocked upgrade, a busy disk) may have passed.
 */
export function db(): TrustOpsDb {
  if (!shared || shared.hasFailed()) shared = new TrustOpsDb();
  return shared;
}
