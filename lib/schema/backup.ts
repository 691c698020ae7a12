import { z } from 'zod';

export const BACKUP_FORMAT = 'trustops-backup';
export const BACKUP_VERSION = 1;
/**
 * The largest file a restore sends to the background in one runtime message: Chromium refuses
 * messages over 64 MiB, and the text grows when escaped inside the message's JSON.
 */
export const BACKUP_MESSAGE_LIMIT_BYTES = 40 * 1024 * 1024;

/**
 * One file with everything a profile holds: every table of the database (packs, replies, picks,
 * the learned model, threads and their events, audit, ignores, subscriptions, settings), rows as
 * stored. Typed arrays and dates are tagged in the JSON (lib/backup/codec.ts) so they come back
 * as they were.
 */
export const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  createdAt: z.string(),
  /** The TrustOps version that wrote the file (absent in files written before it was recorded). */
  appVersion: z.string().optional(),
  /** The database schema version the rows were read at. */
  databaseVersion: z.number().int().min(1),
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

export const RestoreModeSchema = z.enum(['replace', 'merge']);
export type RestoreMode = z.infer<typeof RestoreModeSchema>;
