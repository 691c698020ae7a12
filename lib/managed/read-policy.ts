import browser from 'webextension-polyfill';
import { ManagedPolicySchema, type ManagedPolicy } from '../schema/managed';

export const NO_POLICY: ManagedPolicy = ManagedPolicySchema.parse({});

export type PolicyReading = { policy: ManagedPolicy; problem?: string };

/**
 * The administrator's policy, or none. Browsers without a policy answer `{}` (Chromium) or
 * refuse (Firefox: "Managed storage manifest not found"); an invalid policy is reported, and the
 * valid parts of it are not guessed at: nothing is applied.
 */
export async function readManagedPolicy(): Promise<PolicyReading> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return { policy: NO_POLICY };
  }
  const parsed = ManagedPolicySchema.safeParse(raw ?? {});
  if (parsed.success) return { policy: parsed.data };
  const first = parsed.error.issues[0];
  return { policy: NO_POLICY, problem: `${first?.path.join('.') || 'policy'}: ${first?.message ?? 'invalid'}` };
}
