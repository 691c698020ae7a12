import { parsePackText } from '../engine/pack/parse-pack';
import type { Pack } from '../schema/pack';
import type { SubscriptionFailure, SubscriptionRecord } from '../schema/subscription';
import { fetchPackText } from './fetch-pack-text';

/** Checks a pinned subscription's update: the raw JSON (what was signed) against the pinned key. */
export type VerifyPinned = (raw: unknown, publicKey: string) => Promise<{ ok: true } | { ok: false; reason: string }>;

export interface CheckOptions {
  now: Date;
  /** A refresh the user asked for: no validators, so the server sends the current version. */
  force?: boolean;
  maxBytes: number;
  timeoutMs: number;
  verify: VerifyPinned;
  fetch?: typeof fetch;
}

export type CheckResult =
  /** A valid new version: apply `pack` (after showing the diff, per the user's setting). */
  | { outcome: 'updated'; record: SubscriptionRecord; pack: Pack }
  /** The server says the held version is current. */
  | { outcome: 'unchanged'; record: SubscriptionRecord }
  /** Unreachable, refused or invalid: the held version stays; `record.lastError` says why. */
  | { outcome: 'kept-previous'; record: SubscriptionRecord; failure: SubscriptionFailure };

/**
 * One check of one subscription. Never throws and never drops the held version: every failure
 * (network, timeout, HTTP status, size, JSON, schema, signature) comes back as `kept-previous` with
 * the reason, for the dashboard's warning.
 */
export async function checkSubscription(record: SubscriptionRecord, opts: CheckOptions): Promise<CheckResult> {
  const at = opts.now.toISOString();
  const checked = { ...record, lastCheckedAt: at };
  const keep = (failure: Omit<SubscriptionFailure, 'at'>): CheckResult => {
    const full = { ...failure, at };
    return { outcome: 'kept-previous', record: { ...checked, lastError: full }, failure: full };
  };
  const fetched = await fetchPackText(record.url, {
    etag: opts.force || !record.packId ? undefined : record.etag,
    lastModified: opts.force || !record.packId ? undefined : record.lastModified,
    maxBytes: opts.maxBytes,
    timeoutMs: opts.timeoutMs,
    fetch: opts.fetch,
  });
  if (fetched.kind === 'failed') return keep(fetched.failure);
  if (fetched.kind === 'not-modified') {
    if (!record.packId) return keep({ code: 'http', detail: 'HTTP 304 with no version held' });
    return { outcome: 'unchanged', record: { ...withoutError(checked), lastSuccessAt: at } };
  }
  const parsed = parsePackText(fetched.text, { maxBytes: opts.maxBytes });
  if (!parsed.ok) {
    const json = parsed.errors[0]?.startsWith('invalid JSON');
    return keep({ code: json ? 'invalid-json' : 'invalid-pack', detail: parsed.errors.slice(0, 3).join('; ') });
  }
  if (record.publicKey) {
    const verdict = await opts.verify(JSON.parse(fetched.text.replace(/^\uFEFF/, '')), record.publicKey);
    if (!verdict.ok) return keep({ code: 'signature', detail: verdict.reason });
  }
  return {
    outcome: 'updated',
    pack: parsed.pack,
    record: { ...withoutError(checked), etag: fetched.etag, lastModified: fetched.lastModified, lastSuccessAt: at },
  };
}

function withoutError(record: SubscriptionRecord): SubscriptionRecord {
  const { lastError: _cleared, ...rest } = record;
  return rest;
}
