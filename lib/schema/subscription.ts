import { z } from 'zod';

/**
 * Where a pack may be subscribed from: HTTPS anywhere; plain HTTP only on this computer (a lead's
 * local preview). No credentials in the URL: a pack is public data of the team's static host.
 */
export const SubscriptionUrlSchema = z
  .string()
  .trim()
  .max(4000)
  .url()
  .refine((value) => {
    const url = new URL(value);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return (url.protocol === 'https:' || (url.protocol === 'http:' && local)) && !url.username && !url.password;
  }, { error: 'a pack address must start with https:// (http:// only for this computer) and hold no password' });

/** Why the last check of a subscription did not bring a new version (the previous one stays). */
export const SubscriptionFailureSchema = z.object({
  code: z.enum(['network', 'timeout', 'http', 'too-large', 'invalid-json', 'invalid-pack', 'signature']),
  /** Plain words for the user: the HTTP status, the first schema error, the signature problem. */
  detail: z.string(),
  at: z.string(),
});
export type SubscriptionFailure = z.infer<typeof SubscriptionFailureSchema>;

const ChangedItemSchema = z.object({ id: z.string(), title: z.string() });

/** What the last applied version changed, for the "what changed" view (titles, not bodies). */
export const SubscriptionChangeSchema = z.object({
  at: z.string(),
  first: z.boolean(),
  replies: z.object({ added: z.array(ChangedItemSchema), changed: z.array(ChangedItemSchema), removed: z.array(ChangedItemSchema) }),
  rules: z.object({ added: z.array(ChangedItemSchema), changed: z.array(ChangedItemSchema), removed: z.array(ChangedItemSchema) }),
  profileChanged: z.boolean().default(false),
  slaPolicyChanged: z.boolean().default(false),
});
export type SubscriptionChange = z.infer<typeof SubscriptionChangeSchema>;

/** One subscription as stored: where the pack comes from and what the last check found. */
export const SubscriptionRecordSchema = z.object({
  url: SubscriptionUrlSchema,
  /** Pinned Ed25519 public key (base64): unsigned or wrongly signed updates are refused. */
  publicKey: z.string().optional(),
  /** Added by the user in the dashboard or pushed by the administrator's policy. */
  origin: z.enum(['user', 'policy']).default('user'),
  /** The pack this subscription fills (the library's pack id), once a version was applied. */
  packId: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastCheckedAt: z.string().optional(),
  /** When a version was last taken (changed or confirmed unchanged). */
  lastSuccessAt: z.string().optional(),
  lastError: SubscriptionFailureSchema.optional(),
  lastChange: SubscriptionChangeSchema.optional(),
  /** The pack's name as last applied, for the list before the library is read. */
  name: z.string().optional(),
  /** Review before apply: a new version waits in `pending` until the user applies or skips it. */
  review: z.boolean().optional(),
  /** A checked new version waiting for review (its pack is checked again when applied). */
  pending: z
    .object({ pack: z.unknown(), change: SubscriptionChangeSchema, etag: z.string().optional(), lastModified: z.string().optional() })
    .optional(),
  /** The team settings the last applied version carried into the user's settings. */
  applies: z.array(z.enum(['profile', 'slaPolicy'])).optional(),
  addedAt: z.string(),
});
export type SubscriptionRecord = z.infer<typeof SubscriptionRecordSchema>;
