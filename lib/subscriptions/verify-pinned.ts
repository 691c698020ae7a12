import { verifyPackSignature } from '../pack/signature';
import type { VerifyPinned } from './check-subscription';

/**
 * A pinned subscription accepts only an update signed by its key; the reason of a refusal is a
 * code (`unsigned`, `mismatch`, `bad-key`, `malformed`) the dashboard puts in words.
 */
export const verifyPinnedPack: VerifyPinned = async (raw, publicKey) => {
  const verdict = await verifyPackSignature(raw, publicKey);
  return verdict.ok ? verdict : { ok: false, reason: verdict.reason };
};
