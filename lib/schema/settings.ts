import { z } from 'zod';
import { BrandProfileSchema } from './profile';
import { SlaPolicySchema } from './policy';
import { CRISIS_OFF, CrisisStateSchema } from './crisis';

/** A tone finding the user chose to ignore always: a local exception the lead can export. */
export const ToneExceptionSchema = z.object({
  key: z.string().min(1).max(2000),
  ruleId: z.string().max(200),
  category: z.string().max(100),
  text: z.string().max(2000),
  createdAt: z.string(),
});
export type ToneException = z.infer<typeof ToneExceptionSchema>;

/** Where an escalated thread goes (a person, a chat, a team); named by the lead. */
export const EscalationRouteSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  contact: z.string().max(500).default(''),
});
export type EscalationRoute = z.infer<typeof EscalationRouteSchema>;

/**
 * How long history is kept; the background trims it at start-up and daily, in batches
 * (lib/storage/retention.ts). Threads still waiting for a reply are kept whatever their age.
 */
export const RetentionSchema = z.object({
  /** Picks the ranking learns from: older ones are dropped, and only the newest `picksMax` kept. */
  picksDays: z.number().int().min(1).max(3650).default(365),
  picksMax: z.number().int().min(100).max(1_000_000).default(20_000),
  /** Answered or closed threads with no message for this long go, with all their events. */
  threadsDays: z.number().int().min(1).max(3650).default(180),
  /** "Send anyway" audit records. */
  auditDays: z.number().int().min(1).max(3650).default(365),
});
export type Retention = z.infer<typeof RetentionSchema>;

/**
 * The shape of the stored settings record. Raise it with a numbered migration in
 * lib/schema/settings-migrations/ (and an example record of the old version) whenever a field is
 * renamed, moved or reinterpreted; a field added with a default needs none.
 */
export const SETTINGS_VERSION = 3;

/**
 * User settings. Small, so they may sync through `storage.sync` when the user opts in (quota:
 * 8 KB per item, one item per key). `slaPolicy` absent = the default policy of lib/engine/sla.
 */
export const SettingsSchema = z.object({
  /** Which migrations the record has been through (lib/schema/settings-migrations); absent = v1. */
  version: z.number().int().min(1).default(SETTINGS_VERSION),
  language: z.enum(['auto', 'ru', 'en']).default('auto'),
  /** Panel opens by itself beside a focused composer; off = only by the shortcut. */
  autoOpenPanel: z.boolean().default(true),
  suggestionsCount: z.number().int().min(1).max(10).default(5),
  syncEnabled: z.boolean().default(false),
  profile: BrandProfileSchema.default(BrandProfileSchema.parse({})),
  toneExceptions: z.array(ToneExceptionSchema).max(5000).default([]),
  slaPolicy: SlaPolicySchema.optional(),
  notifications: z
    .object({ warning: z.boolean().default(true), breach: z.boolean().default(true) })
    .default({ warning: true, breach: true }),
  escalationRoutes: z.array(EscalationRouteSchema).max(50).default([
    { id: 'lead', name: 'Старший смены', contact: '' },
    { id: 'pr', name: 'PR / кризисная группа', contact: '' },
    { id: 'legal', name: 'Юристы', contact: '' },
  ]),
  /** A customer's «спасибо»/"thanks" after a reply closes the clock instead of starting one. */
  thanksNeedsNoReply: z.boolean().default(true),
  retention: RetentionSchema.default(RetentionSchema.parse({})),
  /** Crisis mode (lib/schema/crisis.ts): off unless the user or a subscribed team pack declares one. */
  crisis: CrisisStateSchema.default(CRISIS_OFF),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** The fields a save may change: the version is the storage layer's, never the sender's. */
export type SettingsChanges = Partial<Omit<Settings, 'version'>>;

/**
 * A save request's changes, checked field by field without defaults: zod's `.partial()` would fill
 * every absent field with its default and so reset what the sender did not mean to touch.
 */
export const SettingsChangesSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(SettingsSchema.shape)
      .filter(([key]) => key !== 'version')
      .map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()]),
  ),
) as unknown as z.ZodType<SettingsChanges>;
