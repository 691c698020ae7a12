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
});
export type PickRecord = z.infer<typeof PickRecordSchema>;

export const UsageRecordSchema = z.object({
  packId: z.string(),
  replyId: z.string(),
  count: z.number().int().nonnegative(),
  lastUsedAt: z.number(),
});
export type UsageRecord = z.infer<typeof UsageRecordSchema>;

export const SettingRecordSchema = z.object({ key: z.string(), value: z.unknown() });
export type SettingRecord = z.infer<typeof SettingRecordSchema>;
