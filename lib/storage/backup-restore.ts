import type { RestoreMode } from '../schema/backup';
import { checkBackupText, type RestoreProblem } from './backup-check';
import { restoreBackup, snapshotAsStored } from './backup';
import { db, type TrustOpsDb } from './db';
import { forgetBeforeRestore, keepBeforeRestore, takeBeforeRestore } from './restore-undo';

export type RestoreOutcome = { ok: true; written: Record<string, number> } | { ok: false; problems: RestoreProblem[] };

/**
 * A restore as the user starts it: the whole file is checked first (any problem: nothing is
 * written), the profile as stored is kept for "Undo", then the file is written in one transaction.
 */
export async function restoreFromText(text: string, mode: RestoreMode, database: TrustOpsDb = db()): Promise<RestoreOutcome> {
  const checked = checkBackupText(text, database);
  if (!checked.ok) return checked;
  const earlier = await takeBeforeRestore();
  await keepBeforeRestore(await snapshotAsStored(database));
  try {
    const { written } = await restoreBackup(checked.file, mode, database);
    return { ok: true, written };
  } catch (error) {
    // The transaction wrote nothing: the undo of an earlier restore stays what it was.
    await (earlier ? keepBeforeRestore(earlier) : forgetBeforeRestore());
    throw error;
  }
}

/** Puts back the profile as it was before the last restore; false when no such state is kept. */
export async function undoLastRestore(database: TrustOpsDb = db()): Promise<boolean> {
  const previous = await takeBeforeRestore();
  if (!previous) return false;
  await restoreBackup(previous, 'replace', database);
  await forgetBeforeRestore();
  return true;
}
