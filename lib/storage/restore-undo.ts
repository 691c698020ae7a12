import Dexie, { type Table } from 'dexie';
import type { BackupFile } from '../schema/backup';

/**
 * The profile as it was before the last restore, for "Undo". Kept in a database of its own (a
 * service worker's memory does not outlive 30 idle seconds), outside the backup's own tables so a
 * backup never contains an older backup.
 */
class RestoreUndoDb extends Dexie {
  snapshots!: Table<{ id: string; file: BackupFile; at: number }, string>;
  constructor() {
    super('trustops-restore-undo');
    this.version(1).stores({ snapshots: 'id' });
  }
}

let shared: RestoreUndoDb | undefined;
const undoDb = () => (shared ??= new RestoreUndoDb());

export async function keepBeforeRestore(file: BackupFile): Promise<void> {
  await undoDb().snapshots.put({ id: 'last', file, at: Date.now() });
}

export async function takeBeforeRestore(): Promise<BackupFile | undefined> {
  const row = await undoDb().snapshots.get('last');
  return row?.file;
}

export async function forgetBeforeRestore(): Promise<void> {
  await undoDb().snapshots.delete('last');
}
