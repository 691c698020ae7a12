import { RequestSchema, type Request } from '../schema/messages';
import { OUTBOX_PREFIX, type OutboxArea } from './outbox';

export type OutboxRecord = Extract<Request, { type: 'pick' | 'tone.sendAnyway' | 'tone.sent' }>;
const OUTBOX_TYPES: ReadonlySet<string> = new Set<OutboxRecord['type']>(['pick', 'tone.sendAnyway', 'tone.sent']);

/**
 * The background's side of the outbox (lib/outbox/outbox.ts), run at each start of the worker: a
 * worker stopped mid-request, an extension reloaded under open pages, a tab closed before its
 * record was confirmed all leave records in `storage.local`. Each is validated like a message,
 * stored (idempotently, by its client id) and its key removed; a record that cannot be stored now
 * stays for the next start. Returns how many were taken.
 */
export async function drainOutbox(area: OutboxArea, store: (record: OutboxRecord) => Promise<unknown>): Promise<number> {
  const items = await area.get(null);
  let taken = 0;
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(OUTBOX_PREFIX)) continue;
    const parsed = RequestSchema.safeParse((value as { request?: unknown } | undefined)?.request);
    const record = parsed.success && OUTBOX_TYPES.has(parsed.data.type) ? (parsed.data as OutboxRecord) : null;
    if (!record || key !== `${OUTBOX_PREFIX}${record.clientId}`) {
      console.warn('[TrustOps] dropping an invalid outbox entry', key);
      await area.remove(key);
      continue;
    }
    try {
      await store(record);
    } catch (error) {
      console.warn('[TrustOps] an outbox record could not be stored yet', key, error);
      continue;
    }
    await area.remove(key);
    taken++;
  }
  return taken;
}
