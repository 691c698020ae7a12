import { z } from 'zod';

/**
 * Crisis mode (issue 13.1): a state in the settings, switched on by the user or declared by a
 * subscribed team pack; while it is in force the playbook's holding statements rank first, the
 * crisis tone rules run, the SLA targets tighten and the panel shows a banner.
 */

/** The scenarios of the default playbook (lib/crisis/playbook.json); a pack may name one. */
export const CRISIS_SCENARIOS = ['outage', 'data-leak', 'viral-complaint', 'hijacked-account'] as const;
export const CrisisScenarioSchema = z.enum(CRISIS_SCENARIOS);
export type CrisisScenario = z.infer<typeof CrisisScenarioSchema>;

/** An instant as ISO 8601 text (what `Date.prototype.toISOString` writes; an offset is accepted). */
const InstantSchema = z
  .string()
  .max(40)
  .refine((text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && Number.isFinite(Date.parse(text)), {
    error: (issue) => `not a date and time: ${JSON.stringify(issue.input)?.slice(0, 60)} (expected e.g. "2026-12-04T18:00:00Z")`,
  });

/** Who to call while the crisis lasts: free text per contact («PR: @anna, +7 900 000-00-00»). */
export const CrisisContactsSchema = z.array(z.string().trim().min(1).max(200)).max(20);

/** Tighter reply targets for the crisis, in minutes of working time; absent = the built-in crisis targets. */
const CrisisMinutesSchema = z.number().positive().max(7 * 24 * 60);

/** The crisis fields a declaration carries (the dashboard's form, a pack's `crisis`). */
const declarationShape = {
  reason: z.string().trim().min(1, 'the crisis needs a reason').max(500),
  startsAt: InstantSchema.optional(),
  endsAt: InstantSchema.optional(),
  contacts: CrisisContactsSchema.default([]),
  scenario: CrisisScenarioSchema.optional(),
  firstReplyMinutes: CrisisMinutesSchema.optional(),
  nextReplyMinutes: CrisisMinutesSchema.optional(),
};

/**
 * A team pack's crisis declaration: a subscriber's crisis mode turns on when the pack is applied
 * (and off when a later version no longer declares it). The lead names the end time.
 */
export const PackCrisisSchema = z.object({ ...declarationShape, endsAt: InstantSchema });
export type PackCrisis = z.infer<typeof PackCrisisSchema>;

/** The crisis state in the settings; `active: false` is the usual state. */
export const CrisisStateSchema = z.object({
  active: z.boolean().default(false),
  ...declarationShape,
  reason: z.string().trim().max(500).default(''),
  source: z.enum(['user', 'pack']).default('user'),
  /** The pack that declared it (source `pack`): a version of that pack without `crisis` ends it. */
  packId: z.string().max(200).optional(),
});
export type CrisisState = z.infer<typeof CrisisStateSchema>;
export type CrisisStateInput = z.input<typeof CrisisStateSchema>;
export const CRISIS_OFF: CrisisState = CrisisStateSchema.parse({});

/** What the panel's banner shows (the `overlay.settings` answer); null while no crisis is in force. */
export const CrisisBannerSchema = z
  .object({
    reason: z.string(),
    endsAt: z.string().optional(),
    contacts: z.array(z.string()),
    source: z.enum(['user', 'pack']),
  })
  .nullable();
export type CrisisBanner = z.infer<typeof CrisisBannerSchema>;

/**
 * One reply sent while a crisis was in force (Dexie `crisisLog`, written by the background when the
 * page shows our new outgoing message), for the review afterwards. Personal data in the text is masked.
 */
export const CrisisLogRecordSchema = z.object({
  /** `threadId \u0001 messageId`: seeing the same reply again logs nothing new. */
  id: z.string().min(1),
  threadId: z.string(),
  messageId: z.string(),
  at: z.number(),
  platform: z.string(),
  site: z.string(),
  title: z.string(),
  url: z.string(),
  text: z.string(),
  crisisReason: z.string(),
  crisisStartedAt: z.string(),
  source: z.enum(['user', 'pack']),
});
export type CrisisLogRecord = z.infer<typeof CrisisLogRecordSchema>;
