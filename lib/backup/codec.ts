import { BACKUP_FORMAT, BACKUP_VERSION, BackupFileSchema, type BackupFile } from '../schema/backup';

/**
 * JSON for a backup: typed arrays (the learned model's weights) and dates are written as tagged
 * objects, `{ "$typed": "Float32Array", "base64": … }` and `{ "$date": ISO }`, and read back as
 * the same types, so a restored profile equals the original value for value.
 */
const TYPED = { Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  if (original instanceof Date) return { $date: original.toISOString() };
  if (ArrayBuffer.isView(original) && !(original instanceof DataView)) {
    const name = original.constructor.name as TypedName;
    if (name in TYPED) return { $typed: name, base64: toBase64(new Uint8Array(original.buffer, original.byteOffset, original.byteLength)) };
  }
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $typed?: string; base64?: string; $date?: string };
    if (typeof tagged.$date === 'string' && Object.keys(value).length === 1) return new Date(tagged.$date);
    if (typeof tagged.$typed === 'string' && typeof tagged.base64 === 'string' && tagged.$typed in TYPED) {
      const binary = atob(tagged.base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const Typed = TYPED[tagged.$typed as TypedName];
      return new Typed(bytes.buffer);
    }
  }
  return value;
}

export function encodeBackup(tables: Record<string, unknown[]>, databaseVersion: number, now = new Date(), appVersion?: string): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), ...(appVersion ? { appVersion } : {}), databaseVersion, tables };
  return JSON.stringify(file, replacer);
}

export type DecodedBackup = { ok: true; file: BackupFile } | { ok: false; error: 'not-json' | 'not-backup' | 'newer' };

/** Reads a backup file; says in one word what is wrong with a file that is not one. */
export function decodeBackup(text: string): DecodedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''), reviver);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const parsed = BackupFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'not-backup' };
  if (parsed.data.version > BACKUP_VERSION) return { ok: false, error: 'newer' };
  return { ok: true, file: parsed.data };
}
