import { z } from 'zod';
import { LOCKABLE_SETTINGS, ManagedPolicySchema, type LockableSetting, type ManagedPolicy } from '../schema/managed';
import { SettingsSchema, type Settings, type SettingsChanges } from '../schema/settings';

/** Settings a policy can give a value to (the others it can only lock). */
export const POLICY_VALUE_KEYS = ['profile', 'slaPolicy', 'escalationRoutes'] as const satisfies readonly LockableSetting[];

/**
 * What the background remembers of the policy between worker starts (storage.local):
 * - `policy`: the last valid policy, still obeyed while the current one is invalid;
 * - `applied`: each policy value last written (JSON), so an unlocked managed value the user edited
 *   is replaced on the next policy change, not on every worker start;
 * - `frozen`: a locked setting the policy gives no value: the value it had when it was locked.
 */
export const ManagedMemorySchema = z.object({
  policy: ManagedPolicySchema.optional(),
  applied: z.record(z.string(), z.string()).default({}),
  frozen: z.record(z.string(), z.object({ value: z.unknown() })).default({}),
});
export type ManagedMemory = z.output<typeof ManagedMemorySchema>;
export const EMPTY_MEMORY: ManagedMemory = { applied: {}, frozen: {} };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A policy that sets nothing (Chromium answers `{}` when there is none). */
export const isEmptyPolicy = (policy: ManagedPolicy) => same(policy, ManagedPolicySchema.parse({}));

/**
 * The settings to write so the stored ones obey the policy: a locked value always comes back to
 * the policy's (or its frozen) value — after a sync pull, say; an unlocked policy value is written
 * only when the policy changed it since it was last written. Pure: the caller reads and writes.
 */
export function settingsToWrite(policy: ManagedPolicy, stored: Settings, memory: ManagedMemory): { changes: SettingsChanges; memory: ManagedMemory } {
  const changes: Record<string, unknown> = {};
  // No policy, nothing remembered: the record stays as it is (no write at every worker start).
  const next: ManagedMemory = { ...(isEmptyPolicy(policy) ? {} : { policy }), applied: {}, frozen: {} };
  for (const key of LOCKABLE_SETTINGS) {
    const locked = policy.locked.includes(key);
    const value = (POLICY_VALUE_KEYS as readonly string[]).includes(key) ? policy[key as (typeof POLICY_VALUE_KEYS)[number]] : undefined;
    if (value !== undefined) {
      const text = JSON.stringify(value);
      next.applied[key] = text;
      if (!same(stored[key], value) && (locked || memory.applied[key] !== text)) changes[key] = value;
    } else if (locked) {
      const remembered = memory.frozen[key];
      const valid = remembered && SettingsSchema.shape[key].safeParse(remembered.value).success;
      const frozen = valid ? remembered.value : stored[key];
      next.frozen[key] = { value: frozen };
      if (!same(stored[key], frozen)) changes[key] = frozen;
    }
  }
  return { changes: changes as SettingsChanges, memory: next };
}
