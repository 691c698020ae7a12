import browser from 'webextension-polyfill';
import type { Handlers } from '../../lib/messaging/server';
import { exportBackup, isProfileEmpty } from '../../lib/storage/backup';
import { checkBackupText, problemCode } from '../../lib/storage/backup-check';
import { restoreFromText, undoLastRestore } from '../../lib/storage/backup-restore';
import { invalidateSuggestions } from './suggestions';

/**
 * Backup and restore of the whole profile (lib/storage/backup*.ts). A file is checked as a whole
 * before anything is written; the profile as stored before a restore is kept for "Undo".
 *
 * The file travels as one runtime message; Chromium refuses messages over 64 MiB, so the
 * dashboard refuses larger files before sending (BACKUP_MESSAGE_LIMIT_BYTES) and downloads a
 * backup by reading the database itself.
 */
export const backupHandlers: Pick<Handlers, 'backup.export' | 'backup.inspect' | 'backup.restore' | 'backup.undo'> = {
  'backup.export': async () => ({ text: await exportBackup(undefined, { appVersion: browser.runtime.getManifest().version }) }),
  'backup.inspect': async ({ text }) => {
    const checked = checkBackupText(text);
    if (!checked.ok) return { ok: false, problems: checked.problems.map(problemCode) };
    const counts = Object.fromEntries(Object.entries(checked.file.tables).map(([name, rows]) => [name, rows.length]));
    return { ok: true, createdAt: checked.file.createdAt, counts, empty: await isProfileEmpty() };
  },
  'backup.restore': async ({ text, mode }) => {
    const outcome = await restoreFromText(text, mode);
    if (!outcome.ok) throw new Error(`not restored: ${outcome.problems.map(problemCode).join('; ')}`);
    invalidateSuggestions();
    return { written: outcome.written, undoable: true };
  },
  'backup.undo': async () => {
    const ok = await undoLastRestore();
    if (ok) invalidateSuggestions();
    return { ok };
  },
};
