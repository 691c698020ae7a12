import { z } from 'zod';
import { formatIssues } from '../../../../lib/schema/issues';
import { ToneExceptionSchema, type ToneException } from '../../../../lib/schema/settings';

/**
 * The exception list as a file a lead can collect from the team and hand back:
 * `{ "format": "trustops-exceptions", "version": 1, "exportedAt", "exceptions": [...] }`.
 * A bare array of exceptions is accepted on import too.
 */
const ExceptionListSchema = z.array(ToneExceptionSchema).max(5000);
const ExceptionsFileSchema = z.object({
  format: z.literal('trustops-exceptions').optional(),
  version: z.literal(1).optional(),
  exceptions: ExceptionListSchema,
});

export function exceptionsToJson(exceptions: readonly ToneException[], exportedAt = new Date()): string {
  const file = { format: 'trustops-exceptions', version: 1, exportedAt: exportedAt.toISOString(), exceptions };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseExceptionsFile(value: unknown): { ok: true; exceptions: ToneException[] } | { ok: false; errors: string[] } {
  if (Array.isArray(value)) {
    const list = ExceptionListSchema.safeParse(value);
    return list.success ? { ok: true, exceptions: list.data } : { ok: false, errors: formatIssues(list.error) };
  }
  const file = ExceptionsFileSchema.safeParse(value);
  return file.success ? { ok: true, exceptions: file.data.exceptions } : { ok: false, errors: formatIssues(file.error) };
}

/** Adds the file's exceptions the list does not have yet (same key = same exception). */
export function mergeExceptions(current: readonly ToneException[], incoming: readonly ToneException[]) {
  const keys = new Set(current.map((e) => e.key));
  const added = incoming.filter((e) => !keys.has(e.key) && keys.add(e.key));
  return { merged: [...current, ...added], added: added.length, known: incoming.length - added.length };
}
