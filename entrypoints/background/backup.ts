import { decodeBackup } from '../../lib/backup/codec';
import type { Handlers } from '../../lib/messaging/server';
import type { BackupFile } from '../../lib/schema/backup';
import { exportBackup, isProfileEmpty, readAllTables, restoreBackup, restoreProblems, type RestoreProblem } from '../../lib/storage/backup';
import { db } from '../../lib/storage/db';
import { forgetBeforeRestore, keepBeforeRestore, takeBeforeRestore } from '../../lib/storage/restore-undo';
import { invalidateSuggestions } from './suggestions';

/**
 * Backup and restore of the whole profile. Before a restore writes, the profile as it was is kept
 * (lib/storage/restore-undo.ts) so that "Undo" puts it back exactly.
 */
const DECODE_PROBLEM = { 'not-json': 'not-json', 'not-backup': 'not-backup', newer: 'newer-format' } as const;

/** Problems as short codes with their details; the dashboard puts them in words. */
function problemText(problem: RestoreProblem): string {
  if (problem.kind === 'unknown-table') return `unknown-table:${problem.table}`;
  if (problem.kind === 'newer-database') return `newer-database:${problem.version}`;
  return `bad-row:${problem.table}:${problem.row}:${problem.reason}`;
}

function check(text: string): { ok: true; file: BackupFile } | { ok: false; problems: string[] } {
  const decoded = decodeBackup(text);
  if (!decoded.ok) return { ok: false, problems: [DECODE_PROBLEM[decoded.error]] };
  const problems = restoreProblems(decoded.file);
  return problems.length ? { ok: false, problems: problems.map(problemText) } : decoded;
}

export const backupHandlers: Pick<Handlers, 'backup.export' | 'backup.inspect' | 'backup.restore' | 'backup.undo'> = {
  'backup.export': async () => ({ text: await exportBackup() }),
  'backup.inspect': async ({ text }) => {
    const checked = check(text);
    if (!checked.ok) return checked;
    const counts = Object.fromEntries(Object.entries(checked.file.tables).map(([name, rows]) => [name, rows.length]));
    return { ok: true, createdAt: checked.file.createdAt, counts, empty: await isProfileEmpty() };
  },
  'backup.restore': async ({ text, mode }) => {
    const checked = check(text);
    if (!checked.ok) throw new Error(`not restored: ${checked.problems.join('; ')}`);
    const database = db();
    const previous: BackupFile = { format: 'trustops-backup', version: 1, createdAt: new Date().toISOString(), databaseVersion: database.verno, tables: await readAllTables(database) };
    await keepBeforeRestore(previous);
    const result = await restoreBackup(checked.file, mode);
    invalidateSuggestions();
    return { written: result.written, undoable: true };
  },
  'backup.undo': async () => {
    const previous = await takeBeforeRestore();
    if (!previous) return { ok: false };
    await restoreBackup(previous, 'replace');
    await forgetBeforeRestore();
    invalidateSuggestions();
    return { ok: true };
  },
};
