import type { Table } from 'dexie';
import { decodeBackup } from '../backup/codec';
import type { BackupFile } from '../schema/backup';
import { db, type TrustOpsDb } from './db';
import { checkRow } from './row-guard';

/**
 * Everything that keeps a backup file from being restored, found before anything is written: a
 * restore either writes the whole file or nothing.
 */
export type RestoreProblem =
  | { kind: 'not-json' }
  | { kind: 'not-backup' }
  | { kind: 'newer-format' }
  | { kind: 'newer-database'; version: number }
  | { kind: 'unknown-table'; table: string }
  | { kind: 'bad-row'; table: string; row: number; reason: string }
  /** Two rows of one table with the same key (or the same unique value): a damaged or edited file. */
  | { kind: 'duplicate-key'; table: string; row: number };

/** Enough to say what is wrong; a file with thousands of bad rows need not list them all. */
const MAX_PROBLEMS = 20;

/** The primary key of `row` in `table` (compound keys as arrays); undefined for a row still to be numbered. */
export function keyOf(table: Table, row: unknown): unknown {
  const path = table.schema.primKey.keyPath;
  const record = row as Record<string, unknown>;
  if (Array.isArray(path)) return path.map((p) => record[p]);
  return path ? record[path] : undefined;
}

/** Rows that share a primary key or a unique index value with an earlier row of the same table. */
function duplicateRows(table: Table, rows: unknown[]): number[] {
  const uniquePaths = table.schema.indexes.filter((index) => index.unique).map((index) => index.keyPath);
  const seen = [new Set<string>(), ...uniquePaths.map(() => new Set<string>())];
  const duplicates: number[] = [];
  rows.forEach((row, index) => {
    const record = row as Record<string, unknown>;
    const values = [keyOf(table, row), ...uniquePaths.map((path) => (typeof path === 'string' ? record[path] : undefined))];
    const clash = values.some((value, i) => {
      if (value === undefined) return false; // not numbered yet, or no client id: nothing to clash
      const text = JSON.stringify(value);
      if (seen[i]!.has(text)) return true;
      seen[i]!.add(text);
      return false;
    });
    if (clash) duplicates.push(index + 1);
  });
  return duplicates;
}

/** Everything wrong with a decoded backup for this database; empty = it can be restored. */
export function restoreProblems(file: BackupFile, database: TrustOpsDb = db()): RestoreProblem[] {
  const problems: RestoreProblem[] = [];
  if (file.databaseVersion > database.verno) problems.push({ kind: 'newer-database', version: file.databaseVersion });
  const tables = new Map(database.tables.map((table) => [table.name, table]));
  for (const [name, rows] of Object.entries(file.tables)) {
    const table = tables.get(name);
    if (!table) {
      problems.push({ kind: 'unknown-table', table: name });
      continue;
    }
    rows.forEach((row, index) => {
      const checked = checkRow(name, row);
      if (!checked.ok && problems.length < MAX_PROBLEMS) problems.push({ kind: 'bad-row', table: name, row: index + 1, reason: checked.reason });
    });
    for (const row of duplicateRows(table, rows)) if (problems.length < MAX_PROBLEMS) problems.push({ kind: 'duplicate-key', table: name, row });
  }
  return problems;
}

export type CheckedBackup = { ok: true; file: BackupFile } | { ok: false; problems: RestoreProblem[] };

/** A backup file's text, read and checked as a whole. */
export function checkBackupText(text: string, database: TrustOpsDb = db()): CheckedBackup {
  const decoded = decodeBackup(text);
  if (!decoded.ok) return { ok: false, problems: [{ kind: decoded.error === 'newer' ? 'newer-format' : decoded.error }] };
  const problems = restoreProblems(decoded.file, database);
  return problems.length ? { ok: false, problems } : decoded;
}

/**
 * A problem as a short code with its details (`bad-row:packs:3:id: …`), for the message to the
 * dashboard, which puts it in words in the user's language (components/options/settings/backup-texts.ts).
 */
export function problemCode(problem: RestoreProblem): string {
  switch (problem.kind) {
    case 'unknown-table':
      return `unknown-table:${problem.table}`;
    case 'newer-database':
      return `newer-database:${problem.version}`;
    case 'bad-row':
      return `bad-row:${problem.table}:${problem.row}:${problem.reason}`;
    case 'duplicate-key':
      return `duplicate-key:${problem.table}:${problem.row}`;
    default:
      return problem.kind;
  }
}
