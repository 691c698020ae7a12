/**
 * Rows the row guard (row-guard.ts) left out of a read because they do not match their table's
 * schema, per database name. Reads keep working without them; the dashboard lists them so the
 * user knows what is missing and can export the raw data.
 */
export interface SkippedRow {
  table: string;
  /** The row's primary key as JSON (a compound key is an array). */
  key: string;
  /** The first schema problem, e.g. `title: title is empty`. */
  reason: string;
  /** `read` = skipped when read; `upgrade` = left as it was by a schema upgrade. */
  during: 'read' | 'upgrade';
}

type Listener = (rows: SkippedRow[]) => void;

/** Kept per database: tests and the raw export open several. A cap keeps a flood of bad rows small. */
const MAX_KEPT = 500;
const byDatabase = new Map<string, Map<string, SkippedRow>>();
const listeners = new Map<Listener, string>();

const idOf = (row: Pick<SkippedRow, 'table' | 'key'>) => `${row.table}\u0000${row.key}`;

export function recordSkippedRow(database: string, row: SkippedRow): void {
  let rows = byDatabase.get(database);
  if (!rows) byDatabase.set(database, (rows = new Map()));
  const id = idOf(row);
  const known = rows.get(id);
  if (known && known.reason === row.reason) return;
  if (!known && rows.size >= MAX_KEPT) return;
  if (!known) console.warn(`[TrustOps] skipped a malformed row in "${row.table}" ${row.key}: ${row.reason}`);
  rows.set(id, row);
  notify(database);
}

export function skippedRows(database: string): SkippedRow[] {
  return [...(byDatabase.get(database)?.values() ?? [])];
}

/**
 * Forgets the rows skipped when reading one table (or all) before a full re-scan, so repaired or
 * deleted rows drop out. What an upgrade skipped stays: only that upgrade could have seen it.
 */
export function forgetSkippedRows(database: string, table?: string): void {
  const rows = byDatabase.get(database);
  if (!rows) return;
  for (const [id, row] of rows) if (row.during === 'read' && (table === undefined || row.table === table)) rows.delete(id);
  notify(database);
}

export function watchSkippedRows(database: string, listener: Listener): () => void {
  listeners.set(listener, database);
  return () => void listeners.delete(listener);
}

function notify(database: string) {
  const rows = skippedRows(database);
  for (const [listener, name] of listeners) if (name === database) listener(rows);
}

/** Rows grouped by table, in table order of first appearance: what the dashboard shows. */
export function groupByTable(rows: SkippedRow[]): Map<string, SkippedRow[]> {
  const groups = new Map<string, SkippedRow[]>();
  for (const row of rows) {
    const list = groups.get(row.table);
    if (list) list.push(row);
    else groups.set(row.table, [row]);
  }
  return groups;
}
