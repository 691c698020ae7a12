import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { z } from 'zod';
import {
  AuditRecordSchema, LearnedModelRecordSchema, PackRecordSchema, PickRecordSchema, ReplyRecordSchema, SettingRecordSchema, ThreadEventRecordSchema,
  SubscriptionRecordSchema, ThreadIgnoreRecordSchema, ThreadRecordSchema, UsageRecordSchema,
} from '../schema/storage';
import { IdeaRecordSchema } from '../schema/idea';
import { CrisisLogRecordSchema } from '../schema/crisis';
import { recordSkippedRow } from './skipped-rows';
import { quotaErrorOf, reportStorageError } from './storage-errors';

/** The stored `settings` row must hold an object; its fields are repaired one by one by loadSettings. */
const SettingsRowSchema = SettingRecordSchema.refine(
  (row) => row.key !== 'settings' || (typeof row.value === 'object' && row.value !== null && !Array.isArray(row.value)),
  { error: 'the settings record is not an object', path: ['value'] },
);

/** What each table's rows must look like when read (lib/schema/storage.ts is the source of truth). */
export const ROW_SCHEMAS: Record<string, z.ZodType> = {
  packs: PackRecordSchema,
  replies: ReplyRecordSchema,
  picks: PickRecordSchema,
  usage: UsageRecordSchema,
  settings: SettingsRowSchema,
  audit: AuditRecordSchema,
  threadIgnores: ThreadIgnoreRecordSchema,
  threads: ThreadRecordSchema,
  threadEvents: ThreadEventRecordSchema,
  models: LearnedModelRecordSchema,
  subscriptions: SubscriptionRecordSchema,
  ideas: IdeaRecordSchema,
  crisisLog: CrisisLogRecordSchema,
};

export type RowCheck = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Checks one row against its table's schema. A valid row comes back as stored (unknown fields
 * and exact values kept, so a later write changes nothing it should not) with missing defaulted
 * fields filled in, so readers may rely on them (`pack.rules`, `event.source`).
 */
export function checkRow(table: string, value: unknown): RowCheck {
  const schema = ROW_SCHEMAS[table];
  if (!schema) return { ok: true, value };
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.');
    return { ok: false, reason: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`.slice(0, 300) };
  }
  const filled: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [field, fallback] of Object.entries(parsed.data as Record<string, unknown>))
    if (filled[field] === undefined && fallback !== undefined) filled[field] = fallback;
  return { ok: true, value: filled };
}

export function keyText(key: unknown): string {
  try {
    return JSON.stringify(key) ?? String(key);
  } catch {
    return String(key);
  }
}

/** Schema upgrades see rows in their old shape: the guard stays out of them (they are tolerant themselves). */
const inUpgrade = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

/**
 * A Dexie DBCore middleware for the whole database: every row read through get, bulkGet, query
 * (toArray, where…, orderBy…) or a cursor (each, filter…) is checked against its table's schema;
 * a malformed row is left out of the result and recorded (table, primary key, reason) in
 * skipped-rows.ts. One corrupt reply therefore costs that reply, not every suggestion.
 *
 * Writes are passed through untouched; modify()/bulkUpdate() read the raw rows they rewrite, so a
 * write never silently drops a stored row. A write the browser refuses for lack of space is
 * reported to storage-errors.ts, from the failed request or from the aborted transaction.
 */
export function rowGuard(databaseName: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'TrustOpsRowGuard',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const trans = down.transaction(stores, mode, options);
        if (mode === 'readwrite') watchQuota(trans as unknown as IDBTransaction, stores);
        return trans;
      },
      table: (name) => guardTable(down.table(name), databaseName),
    }),
  };
}

/** Chromium reports a full disk when the transaction commits: as the abort's error, not a request's. */
export function watchQuota(trans: Pick<IDBTransaction, 'addEventListener' | 'error'>, stores: string[]) {
  trans.addEventListener?.('abort', () => {
    const quota = quotaErrorOf(trans.error);
    if (quota) reportStorageError({ ...quota, tables: [...stores], at: Date.now() });
  });
}

function guardTable(table: DBCoreTable, databaseName: string): DBCoreTable {
  const name = table.name;
  if (!ROW_SCHEMAS[name]) return table;
  const extractKey = table.schema.primaryKey.extractKey;
  const keyOf = (value: unknown) => {
    try {
      return extractKey ? extractKey(value) : undefined;
    } catch {
      return undefined;
    }
  };
  /** The row to hand on, or undefined when it was skipped. */
  const accept = (value: unknown, key: unknown): unknown => {
    if (value === undefined) return undefined;
    const check = checkRow(name, value);
    if (check.ok) return check.value;
    recordSkippedRow(databaseName, { table: name, key: keyText(key), reason: check.reason, during: 'read' });
    return undefined;
  };
  const keep = (values: unknown[]) =>
    values.flatMap((value) => {
      const accepted = accept(value, keyOf(value));
      return accepted === undefined ? [] : [accepted];
    });

  return {
    ...table,
    mutate: (req) =>
      table.mutate(req).then(
        (res) => {
          const quota = res.numFailures ? quotaErrorOf(Object.values(res.failures)[0]) : undefined;
          if (quota) reportStorageError({ ...quota, tables: [name], at: Date.now() });
          return res;
        },
        (error: unknown) => {
          const quota = quotaErrorOf(error);
          if (quota) reportStorageError({ ...quota, tables: [name], at: Date.now() });
          throw error;
        },
      ),
    get: (req) => (inUpgrade(req.trans) ? table.get(req) : table.get(req).then((value) => accept(value, req.key))),
    // `cache` is set by modify() and bulkUpdate(): they rewrite what they read, so they get raw rows.
    getMany: (req) =>
      inUpgrade(req.trans) || req.cache
        ? table.getMany(req)
        : table.getMany(req).then((values) => values.map((value, i) => accept(value, req.keys[i]))),
    query: (req) => {
      if (!req.values || inUpgrade(req.trans)) return table.query(req);
      const wanted = req.limit;
      // With a limit, skipped rows would shorten the page: ask again for as many more as were skipped.
      const run = (limit: number | undefined): ReturnType<DBCoreTable['query']> =>
        table.query({ ...req, limit }).then((res) => {
          const kept = keep(res.result);
          if (wanted === undefined || !Number.isFinite(wanted) || kept.length >= wanted || res.result.length < limit!)
            return { ...res, result: Number.isFinite(wanted) ? kept.slice(0, wanted) : kept };
          return run(limit! + (wanted - kept.length));
        });
      return run(wanted);
    },
    openCursor: (req) =>
      !req.values || inUpgrade(req.trans)
        ? table.openCursor(req)
        : table.openCursor(req).then((cursor) => cursor && guardCursor(cursor, accept)),
  };
}

/**
 * The same cursor, stepping over malformed rows by itself. Native IDBCursor getters need the real
 * cursor as `this`, so key, primaryKey and value are forwarded explicitly.
 */
function guardCursor(cursor: DBCoreCursor, accept: (value: unknown, key: unknown) => unknown): DBCoreCursor {
  let current: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => current },
    start: {
      value: (onNext: () => void) =>
        cursor.start(() => {
          const value = accept(cursor.value, cursor.primaryKey);
          if (value === undefined) return cursor.continue();
          current = value;
          onNext();
        }),
    },
  }) as DBCoreCursor;
}
