import type { VerifyPinned } from './check-subscription';

/**
 * A pinned subscription's signature check. Until the pack signature module is wired in, a pinned
 * key refuses every update: refusing is the safe side of a pin.
 */
export const verifyPinnedPack: VerifyPinned = async () => ({ ok: false, reason: 'signature checking is not available' });
