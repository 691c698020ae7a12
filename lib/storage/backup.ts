import type { Table } from 'dexie';
import { encodeBackup } from '../backup/codec';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type RestoreMode } from '../schema/backup';
import { keyOf } from './backup-check';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';

/** Every table of the database, read in one transaction (a consistent picture), rows as the app reads them. */
export async function readAllTables(database: TrustOpsDb = db()): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  await database.transaction('r', database.tables, async () => {
    for (const table of database.tables) tables[table.name] = await table.toArray();
  });
  return tables;
}

/**
 * Every table exactly as stored, past the row guard: a row the app cannot read is kept too, so
 * that undoing a restore gives back the profile exactly as it was, not only its readable part.
 */
export async function readTablesAsStored(database: TrustOpsDb = db()): Promise<Record<string, unknown[]>> {
  await database.open();
  const native = database.backendDB();
  const names = database.tables.map((table) => table.name);
  const transaction = native.transaction(names, 'readonly');
  const tables: Record<string, unknown[]> = {};
  await new Promise<void>((resolve, reject) => {
    for (const name of names) {
      const request = transaction.objectStore(name).getAll();
      request.onsuccess = () => (tables[name] = request.result as unknown[]);
    }
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('reading the database was aborted'));
  });
  return tables;
}

export interface ExportOptions {
  now?: Date;
  /** The extension's version (manifest), written into the file for whoever reads it later. */
  appVersion?: string;
}

/** The backup file's text. Rows the row guard skips (malformed) are not in it: the raw export has them. */
export async function exportBackup(database: TrustOpsDb = db(), options: ExportOptions = {}): Promise<string> {
  const tables = await readAllTables(database);
  return encodeBackup(tables, database.verno, options.now, options.appVersion);
}

/** The profile as stored now, in the shape of a backup file: what "Undo" puts back. */
export async function snapshotAsStored(database: TrustOpsDb = db()): Promise<BackupFile> {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), databaseVersion: database.verno, tables: await readTablesAsStored(database) };
}

export async function isProfileEmpty(database: TrustOpsDb = db()): Promise<boolean> {
  for (const table of database.tables) if ((await table.count()) > 0) return false;
  return true;
}

export interface RestoreResult {
  /** Rows written per table (for merge: the rows added). */
  written: Record<string, number>;
}

/**
 * Rows that belong to a parent row: when merging, a pack or a thread the profile already has is
 * kept whole, not mixed with the backup's replies or messages (that would make a pack no version
 * ever had, or a thread whose clock disagrees with its messages).
 */
const PARTS: Record<string, { parent: string; field: string }> = {
  replies: { parent: 'packs', field: 'packId' },
  threadEvents: { parent: 'threads', field: 'threadId' },
};

/** An auto-numbered row without its number, as text: the same record from an older backup matches. */
function contentOf(table: Table, row: unknown): string {
  return JSON.stringify(omitKey(table, row));
}

function omitKey(table: Table, row: unknown): unknown {
  const path = table.schema.primKey.keyPath;
  if (typeof path !== 'string') return row;
  const { [path]: _dropped, ...rest } = row as Record<string, unknown>;
  return rest;
}

/** The rows of `rows` a merge adds to `table`: what the profile lacks, auto-numbered ones renumbered. */
async function rowsToMerge(table: Table, rows: unknown[], keptParents: Map<string, Set<string>>): Promise<unknown[]> {
  // Keys and index values are read without values, so a malformed stored row (which the row guard
  // hides from value reads) still counts as present and is never overwritten.
  const keys = new Set((await table.toCollection().primaryKeys()).map((key) => JSON.stringify(key)));
  const hasClientId = table.schema.indexes.some((index) => index.keyPath === 'clientId');
  const clientIds = hasClientId ? new Set((await table.orderBy('clientId').keys()).map(String)) : new Set<string>();
  const auto = table.schema.primKey.auto;
  const contents = auto ? new Set((await table.toArray()).map((row) => contentOf(table, row))) : new Set<string>();
  const part = PARTS[table.name];
  const missing = rows.filter((row) => {
    const record = row as Record<string, unknown>;
    if (part && keptParents.get(part.parent)?.has(String(record[part.field]))) return false;
    if (typeof record.clientId === 'string') return !clientIds.has(record.clientId);
    // A number from another profile means nothing here: match such rows by what they say.
    if (auto) return !contents.has(contentOf(table, row));
    return !keys.has(JSON.stringify(keyOf(table, row)));
  });
  // An auto-numbered row from elsewhere takes a fresh number rather than overwriting one here.
  return auto ? missing.map((row) => omitKey(table, row)) : missing;
}

/**
 * Writes a checked backup (lib/storage/backup-check.ts) in one transaction. `replace` clears every
 * table first; `merge` keeps every row the profile has (settings included) and adds the rows it
 * lacks: by key, picks and audit records by their client id, whole packs and threads only.
 * The counts are read back inside the transaction, so a write the browser did not store aborts
 * the whole restore instead of leaving half of it.
 */
export async function restoreBackup(file: BackupFile, mode: RestoreMode, database: TrustOpsDb = db()): Promise<RestoreResult> {
  const written: Record<string, number> = {};
  const expected: Record<string, number> = {};
  await database.transaction('rw', database.tables, async () => {
    const keptParents = new Map<string, Set<string>>();
    if (mode === 'merge')
      for (const { parent } of Object.values(PARTS))
        keptParents.set(parent, new Set((await database.table(parent).toCollection().primaryKeys()).map(String)));
    for (const table of database.tables) {
      const rows = file.tables[table.name] ?? [];
      if (mode === 'replace') {
        await table.clear();
        await table.bulkAdd(rows);
        written[table.name] = rows.length;
        expected[table.name] = rows.length;
      } else {
        const before = await table.count();
        const toWrite = await rowsToMerge(table, rows, keptParents);
        await table.bulkAdd(toWrite);
        written[table.name] = toWrite.length;
        expected[table.name] = before + toWrite.length;
      }
      const count = await table.count();
      if (count !== expected[table.name]) throw new Error(`the restore of "${table.name}" was not stored (${count} rows, ${expected[table.name]} expected)`);
    }
  });
  // Read back after the commit too: what the transaction saw is what the disk kept.
  for (const table of database.tables) {
    const count = await table.count();
    if (count !== expected[table.name]) throw new Error(`the restore of "${table.name}" was not stored (${count} rows, ${expected[table.name]} expected)`);
  }
  for (const topic of ['library', 'settings', 'threads', 'audit'] as const) announceChange(topic);
  return { written };
}
