import type { Table } from 'dexie';
import { encodeBackup } from '../backup/codec';
import type { BackupFile, RestoreMode } from '../schema/backup';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';
import { checkRow } from './row-guard';

/** Every table of the database, read in one transaction: a consistent picture. */
export async function readAllTables(database: TrustOpsDb = db()): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  await database.transaction('r', database.tables, async () => {
    for (const table of database.tables) tables[table.name] = await table.toArray();
  });
  return tables;
}

export async function exportBackup(database: TrustOpsDb = db(), now = new Date()): Promise<string> {
  const tables = await readAllTables(database);
  return encodeBackup(tables, database.verno, now);
}

export async function isProfileEmpty(database: TrustOpsDb = db()): Promise<boolean> {
  for (const table of database.tables) if ((await table.count()) > 0) return false;
  return true;
}

export type RestoreProblem =
  | { kind: 'unknown-table'; table: string }
  | { kind: 'bad-row'; table: string; row: number; reason: string }
  | { kind: 'newer-database'; version: number };

/** Everything wrong with a backup before anything is written; empty = it can be restored. */
export function restoreProblems(file: BackupFile, database: TrustOpsDb = db()): RestoreProblem[] {
  const problems: RestoreProblem[] = [];
  if (file.databaseVersion > database.verno) problems.push({ kind: 'newer-database', version: file.databaseVersion });
  const known = new Set(database.tables.map((t) => t.name));
  for (const [name, rows] of Object.entries(file.tables)) {
    if (!known.has(name)) {
      problems.push({ kind: 'unknown-table', table: name });
      continue;
    }
    rows.forEach((row, index) => {
      const checked = checkRow(name, row);
      if (!checked.ok && problems.length < 20) problems.push({ kind: 'bad-row', table: name, row: index + 1, reason: checked.reason });
    });
  }
  return problems;
}

/** The primary key of `row` in `table` (compound keys as arrays), to find what merge must skip. */
function keyOf(table: Table, row: unknown): unknown {
  const path = table.schema.primKey.keyPath;
  const record = row as Record<string, unknown>;
  if (Array.isArray(path)) return path.map((p) => record[p]);
  return path ? record[path] : undefined;
}

export interface RestoreResult {
  written: Record<string, number>;
}

/**
 * Writes a checked backup in one transaction. `replace` clears every table first; `merge` keeps
 * what the profile has and adds the rows whose key it lacks (auto-numbered rows — picks, audit —
 * are matched by their client id where they have one). Reads back the counts: a write the
 * browser refused must not look done.
 */
export async function restoreBackup(file: BackupFile, mode: RestoreMode, database: TrustOpsDb = db()): Promise<RestoreResult> {
  const written: Record<string, number> = {};
  const expected: Record<string, number> = {};
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables) {
      const rows = file.tables[table.name] ?? [];
      if (mode === 'replace') {
        await table.clear();
        await table.bulkPut(rows);
        written[table.name] = rows.length;
        expected[table.name] = rows.length;
        continue;
      }
      const existing = await table.toArray();
      const keys = new Set(existing.map((row) => JSON.stringify(keyOf(table, row))));
      const clientIds = new Set(existing.map((row) => (row as { clientId?: string }).clientId).filter(Boolean));
      const auto = table.schema.primKey.auto;
      const missing = rows.filter((row) => {
        const clientId = (row as { clientId?: string }).clientId;
        if (clientId) return !clientIds.has(clientId);
        return auto ? true : !keys.has(JSON.stringify(keyOf(table, row)));
      });
      // An auto-numbered row from elsewhere takes a fresh number rather than overwriting one here.
      const toWrite = auto ? missing.map((row) => omitKey(table, row)) : missing;
      await table.bulkAdd(toWrite);
      written[table.name] = toWrite.length;
      expected[table.name] = existing.length + toWrite.length;
    }
  });
  for (const table of database.tables) {
    const count = await table.count();
    if (count !== expected[table.name]) throw new Error(`the restore of "${table.name}" was not stored (${count} rows, ${expected[table.name]} expected)`);
  }
  announceChange('library');
  announceChange('settings');
  announceChange('threads');
  return { written };
}

function omitKey(table: Table, row: unknown): unknown {
  const path = table.schema.primKey.keyPath;
  if (typeof path !== 'string') return row;
  const { [path]: _dropped, ...rest } = row as Record<string, unknown>;
  return rest;
}
