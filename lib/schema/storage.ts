import { z } from 'zod';
import { PlatformSchema, ReplySchema } from './pack';
import { ToneRuleSchema } from './rules';

/** A pack as stored: its metadata and rules; replies live in their own table. */
export const PackRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  locale: z.string().optional(),
  updatedAt: z.string(),
  source: z.enum(['local', 'file', 'subscription']).default('local'),
  url: z.string().optional(),
  enabled: z.boolean().default(true),
  rules: z.array(ToneRuleSchema).default([]),
});
export type PackRecord = z.infer<typeof PackRecordSchema>;

export const ReplyRecordSchema = ReplySchema.extend({
  packId: z.string(),
  updatedAt: z.string(),
});
export type ReplyRecord = z.infer<typeof ReplyRecordSchema>;

/** The user chose reply R (of pack P) for customer message `text`: what the ranking learns from. */
export const PickRecordSchema = z.object({
  id: z.number().int().optional(),
  packId: z.string(),
  replyId: z.string(),
  text: z.string(),
  platform: PlatformSchema.default('generic'),
  at: z.number(),
  /** The sender's id for this pick (unique index, v4): a repeated delivery is stored once. Absent before v4. */
  clientId: z.string().optional(),
  /** The thread it was inserted in (no index needed): the dialogue KPIs link it to the reply sent next. Absent on older picks. */
  threadId: z.string().optional(),
});
export type PickRecord = z.infer<typeof PickRecordSchema>;

/**
 * The suggestion model trained on the library and the picks (lib/engine/suggest/model-snapshot.ts),
 * stored so that a background that wakes up does not train it again: one row, `suggest`.
 */
export const LearnedModelRecordSchema = z.object({
  id: z.literal('suggest'),
  version: z.number().int(),
  fingerprint: z.string(),
  weights: z.object({
    featureIds: z.instanceof(Int32Array),
    offsets: z.instanceof(Int32Array),
    classes: z.instanceof(Int32Array),
    weights: z.instanceof(Float64Array),
  }),
  judged: z.array(z.number()),
  at: z.number(),
});
export type LearnedModelRecord = z.infer<typeof LearnedModelRecordSchema>;

export const UsageRecordSchema = z.object({
  packId: z.string(),
  replyId: z.string(),
  count: z.number().int().nonnegative(),
  lastUsedAt: z.number(),
});
export type UsageRecord = z.infer<typeof UsageRecordSchema>;

export const SettingRecordSchema = z.object({ key: z.string(), value: z.unknown() });
export type SettingRecord = z.infer<typeof SettingRecordSchema>;

/**
 * "Send anyway" past a block-level finding, and other decisions worth an audit trail.
 * `sent-with-findings`: a draft sent with findings that did not hold it — rule and category only,
 * `excerpt` and `url` empty — counted by the dialogue KPIs, not listed in the audit trail.
 */
export const AuditRecordSchema = z.object({
  id: z.number().int().optional(),
  kind: z.enum(['send-anyway', 'sent-with-findings']),
  at: z.number(),
  threadId: z.string(),
  url: z.string(),
  findings: z.array(z.object({ ruleId: z.string(), category: z.string(), severity: z.string(), excerpt: z.string() })),
  /** As for picks: the sender's id, stored once (v4); absent on older records. */
  clientId: z.string().optional(),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** A finding ignored for one thread only. */
export const ThreadIgnoreRecordSchema = z.object({ threadId: z.string(), key: z.string(), at: z.number() });
export type ThreadIgnoreRecord = z.infer<typeof ThreadIgnoreRecordSchema>;

/** A tracked conversation and its SLA state, recomputed from its events. */
export const ThreadRecordSchema = z.object({
  id: z.string(),
  site: z.string(),
  platform: z.string(),
  title: z.string(),
  url: z.string(),
  /** waiting = a clock runs; answered/closed = none; snoozed = waiting but quiet until `snoozedUntil`. */
  status: z.enum(['waiting', 'answered', 'closed', 'snoozed']),
  slaState: z.enum(['answered', 'ok', 'warning', 'breached']),
  pendingSince: z.number().nullable(),
  dueAt: z.number().nullable(),
  target: z.enum(['first', 'next']).nullable(),
  lastCustomerText: z.string().default(''),
  snoozedUntil: z.number().nullable().default(null),
  escalatedTo: z.string().nullable().default(null),
  /** Which alerts were already shown for the current clock (reset when a new clock starts). */
  notified: z.object({ warning: z.boolean(), breach: z.boolean() }).default({ warning: false, breach: false }),
  updatedAt: z.number(),
});
export type ThreadRecord = z.infer<typeof ThreadRecordSchema>;

/** One message event of a thread; the key [threadId+messageId] makes re-reading a page idempotent. */
export const ThreadEventRecordSchema = z.object({
  threadId: z.string(),
  messageId: z.string(),
  at: z.number(),
  direction: z.enum(['in', 'out']),
  /** manual = started/stopped by hand; no-reply = closed as "no reply needed". */
  source: z.enum(['page', 'manual', 'no-reply']).default('page'),
  platform: z.string().default('generic'),
});
export type ThreadEventRecord = z.infer<typeof ThreadEventRecordSchema>;

export { SubscriptionRecordSchema, type SubscriptionRecord } from './subscription';
