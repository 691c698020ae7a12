import type { Transaction } from 'dexie';
import { keyText } from './row-guard';
import { recordSkippedRow } from './skipped-rows';

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v1 → v2: picks named a reply id only; attach the pack that holds that reply and count usage.
 *
 * Tolerant on purpose: one malformed pick used to make the usage write throw (its key could not be
 * built), which aborted the upgrade and left the database closed for good. Now a row this step
 * cannot handle is left exactly as it was, not counted, and recorded as skipped; the reading
 * guard keeps skipping it afterwards and the dashboard names it.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const database = tx.db.name;
  const skip = (table: string, key: unknown, reason: string) =>
    recordSkippedRow(database, { table, key: keyText(key), reason: `upgrade to v2: ${reason}`, during: 'upgrade' });

  const packOfReply = new Map<string, string>();
  for (const reply of await tx.table('replies').toArray())
    if (isRow(reply) && typeof reply.id === 'string' && typeof reply.packId === 'string') packOfReply.set(reply.id, reply.packId);

  const usage = new Map<string, { packId: string; replyId: string; count: number; lastUsedAt: number }>();
  try {
    await tx
      .table('picks')
      .toCollection()
      .modify((pick: unknown, context: { primKey: unknown }) => {
        try {
          if (!isRow(pick)) throw new Error('not an object');
          if (typeof pick.replyId !== 'string') throw new Error('replyId is not a string');
          if (typeof pick.at !== 'number' || !Number.isFinite(pick.at)) throw new Error('at is not a number');
          const packId = typeof pick.packId === 'string' ? pick.packId : packOfReply.get(pick.replyId) ?? '';
          const key = `${packId}\u0000${pick.replyId}`;
          const row = usage.get(key) ?? { packId, replyId: pick.replyId, count: 0, lastUsedAt: 0 };
          row.count += 1;
          row.lastUsedAt = Math.max(row.lastUsedAt, pick.at);
          usage.set(key, row);
          pick.packId = packId;
          pick.platform = pick.platform ?? 'generic';
        } catch (error) {
          skip('picks', context.primKey, error instanceof Error ? error.message : String(error));
          return false; // leave the row untouched
        }
      });
  } catch (error) {
    // A pick the browser would not write back stays in its v1 shape; the others are upgraded.
    skip('picks', null, error instanceof Error ? error.message : String(error));
  }
  try {
    await tx.table('usage').bulkPut([...usage.values()]);
  } catch (error) {
    // Usage is derived data: a count that cannot be written is rebuilt by the next picks.
    skip('usage', null, error instanceof Error ? error.message : String(error));
  }
}
