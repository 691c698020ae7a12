import type { IndexableType, Table } from 'dexie';
import { db, type TrustOpsDb } from './db';
import { describeDatabaseError } from './describe-error';
import { loadSettings } from './settings';
import { forgetSkippedRows, recordSkippedRow, skippedRows, type SkippedRow } from './skipped-rows';

export { describeDatabaseError };

export type DatabaseHealth =
  | { state: 'ok'; skipped: SkippedRow[]; tables: number }
  | { state: 'unavailable'; error: string };

/**
 * Opens the database and reads every table through the row guard, so the skipped-rows list
 * names every malformed row, not only those a section happened to read. One table at a time, in
 * pages; a table that cannot be read at all is listed with key `*`.
 */
export async function checkDatabase(database: TrustOpsDb = db()): Promise<DatabaseHealth> {
  try {
    await database.open();
  } catch (error) {
    return { state: 'unavailable', error: describeDatabaseError(error) };
  }
  const tables = database.tables;
  for (const table of tables) {
    forgetSkippedRows(database.name, table.name);
    try {
      await readAllInPages(table);
    } catch (error) {
      recordSkippedRow(database.name, { table: table.name, key: '*', reason: describeDatabaseError(error), during: 'read' });
    }
  }
  // The re-scan forgot the settings' repair notes with the table's rows: reading the settings notes them again.
  await loadSettings(database).catch(() => {});
  return { state: 'ok', skipped: skippedRows(database.name), tables: tables.length };
}

const PAGE = 1000;

/**
 * Reads a table page by page in primary-key order (keys first, so a malformed last row cannot lose
 * the place), yielding between pages: the page stays responsive on a large history.
 */
async function readAllInPages(table: Table): Promise<void> {
  let after: IndexableType | undefined;
  for (;;) {
    const page = after === undefined ? table.toCollection() : table.where(':id').above(after);
    const keys = await page.limit(PAGE).primaryKeys();
    if (!keys.length) return;
    await table.bulkGet(keys); // through the row guard, which records what it skips
    after = keys[keys.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
