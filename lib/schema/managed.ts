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
