import { z } from 'zod';
import { BrandProfileSchema } from './profile';
import { SlaPolicySchema } from './policy';
import { EscalationRouteSchema, SettingsSchema } from './settings';
import { SubscriptionUrlSchema } from './subscription';

/** Settings an administrator may lock (every key of the settings record but its version). */
export const LOCKABLE_SETTINGS = Object.keys(SettingsSchema.shape).filter((key) => key !== 'version') as LockableSetting[];
export type LockableSetting = Exclude<keyof typeof SettingsSchema.shape, 'version'>;

/**
 * What an administrator pushes through enterprise policy (`browser.storage.managed`, schema in
 * public/managed-schema.json; DESIGN.md "Team deployment"). Subscriptions are added with no user
 * action; profile, SLA policy and escalation routes become the settings; `locked` settings cannot
 * be changed in the dashboard.
 */
export const ManagedPolicySchema = z.object({
  subscriptions: z
    .array(z.object({ url: SubscriptionUrlSchema, publicKey: z.string().trim().max(200).optional() }))
    .max(50)
    .default([]),
  profile: BrandProfileSchema.optional(),
  slaPolicy: SlaPolicySchema.optional(),
  escalationRoutes: z.array(EscalationRouteSchema).max(50).optional(),
  locked: z
    .array(z.string())
    .max(50)
    .default([])
    // An unknown name is dropped rather than refusing the whole policy.
    .transform((keys) => keys.filter((key): key is LockableSetting => (LOCKABLE_SETTINGS as string[]).includes(key))),
});
export type ManagedPolicy = z.output<typeof ManagedPolicySchema>;

/** Keys a present policy value decides, locked or not: the dashboard shows them as managed. */
export function managedKeys(policy: ManagedPolicy): LockableSetting[] {
  const keys = new Set<LockableSetting>(policy.locked);
  if (policy.profile) keys.add('profile');
  if (policy.slaPolicy) keys.add('slaPolicy');
  if (policy.escalationRoutes) keys.add('escalationRoutes');
  return [...keys];
}

/**
 * The background's refusal of a save that would change locked settings. The message is English
 * for logs and other callers; the dashboard reads the keys back out of it to say it in its language.
 */
const LOCKED_REFUSAL = 'Set by your administrator and locked: ';
export const lockedRefusal = (keys: readonly string[]): string => LOCKED_REFUSAL + keys.join(', ');
export function lockedKeysOfRefusal(message: string): LockableSetting[] | undefined {
  const at = message.indexOf(LOCKED_REFUSAL);
  if (at < 0) return undefined;
  const keys = message.slice(at + LOCKED_REFUSAL.length).split(', ');
  return keys.filter((key): key is LockableSetting => (LOCKABLE_SETTINGS as string[]).includes(key));
}
