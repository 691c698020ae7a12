import { z } from 'zod';
import { PlatformSchema, ReplySchema } from './pack';
import { BrandProfileSchema } from './profile';
import { ToneRuleSchema } from './rules';
import type { ThreadRecord } from './storage';
import { HttpUrlSchema, ThreadSnapshotSchema } from './thread';

/**
 * Requests from content scripts and extension pages to the background. Every request is
 * validated on arrival: a content script runs next to hostile pages and is not trusted blindly.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('suggest'),
    text: z.string().max(20_000),
    platform: PlatformSchema.default('generic'),
    k: z.number().int().min(1).max(20).default(5),
  }),
  z.object({
    type: z.literal('pick'),
    /** Made by the sender (lib/messaging/outbox.ts): a pick delivered twice is stored once. */
    clientId: z.uuid(),
    packId: z.string().max(200),
    replyId: z.string().max(200),
    text: z.string().max(20_000),
    platform: PlatformSchema.default('generic'),
  }),
  z.object({ type: z.literal('library.changed') }),
  /** Everything the content script needs to run the tone checker locally on each keystroke. */
  z.object({ type: z.literal('tone.context'), threadId: z.string().max(500).default('') }),
  z.object({
    type: z.literal('tone.ignore'),
    scope: z.enum(['thread', 'always']),
    threadId: z.string().max(500),
    key: z.string().max(2000),
    ruleId: z.string().max(200),
    category: z.string().max(100),
    text: z.string().max(2000),
  }),
  z.object({
    type: z.literal('tone.sendAnyway'),
    /** As for `pick`: the audit record of one held send is stored once, however often it is sent. */
    clientId: z.uuid(),
    threadId: z.string().max(500),
    url: HttpUrlSchema,
    findings: z
      .array(z.object({ ruleId: z.string().max(200), category: z.string().max(100), severity: z.string().max(20), excerpt: z.string().max(200) }))
      .max(100),
  }),
  z.object({ type: z.literal('overlay.settings') }),
  /** An adapter's reading of the open thread: stored as events, answered with the thread's clock. */
  z.object({ type: z.literal('thread.snapshot'), snapshot: ThreadSnapshotSchema, platform: PlatformSchema }),
  z.object({ type: z.literal('thread.get'), threadId: z.string().max(500) }),
  z.object({
    type: z.literal('thread.action'),
    threadId: z.string().max(500),
    action: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('start') }),
      z.object({ kind: z.literal('answered') }),
      z.object({ kind: z.literal('no-reply') }),
      z.object({ kind: z.literal('snooze'), minutes: z.number().int().min(1).max(7 * 24 * 60) }),
      z.object({ kind: z.literal('escalate'), routeId: z.string().max(100).nullable() }),
    ]),
    /** Describes a thread seen for the first time (the generic adapter's manual timer). */
    seed: z
      .object({ site: z.string().max(100), platform: PlatformSchema, title: z.string().max(500), url: HttpUrlSchema })
      .optional(),
  }),
  /** Recompute every clock now (after the user changed the policy, or a test moved the clock). */
  z.object({ type: z.literal('sla.recompute') }),
  z.object({ type: z.literal('ping') }),
  /** "Enable TrustOps on this site" (the popup): a page's access, and the switch for its site. */
  z.object({ type: z.literal('site.status'), url: z.string().max(4000) }),
  /** Sent after the user granted the site's host permission; `tabId`: also start the overlay there now. */
  z.object({ type: z.literal('site.enable'), url: z.string().max(4000), tabId: z.number().int().nonnegative().optional() }),
  z.object({ type: z.literal('site.disable'), url: z.string().max(4000) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestInput = z.input<typeof RequestSchema>;
export type RequestType = Request['type'];

export const SuggestedReplySchema = ReplySchema.extend({
  packId: z.string(),
  score: z.number(),
  /** The pack's name, set when another suggestion repeats this reply's text from another pack. */
  packName: z.string().optional(),
});
export type SuggestedReply = z.infer<typeof SuggestedReplySchema>;

export const ToneContextSchema = z.object({
  profile: BrandProfileSchema,
  rules: z.array(ToneRuleSchema),
  /** Keys of findings ignored always, and in the given thread. */
  ignored: z.array(z.string()),
});
export type ToneContext = z.infer<typeof ToneContextSchema>;

/** A thread's clock as the overlay shows it. */
export interface ThreadView {
  thread: ThreadRecord | null;
  /** Working time left until due (negative = overdue), at `computedAt`. */
  businessLeftMs: number | null;
  targetMinutes: number | null;
  computedAt: number;
  working: boolean;
  policy: { timezone: string; firstReplyMinutes: number; nextReplyMinutes: number; warnRatio: number; hours: string };
}

/**
 * What TrustOps may do on a page. `supported`: the overlay runs there without asking (the manifest's
 * sites); `enabled`: the user enabled this site; `available`: it can be enabled; `unavailable`: no
 * content script may run there (browser pages, files, an unknown address).
 */
export interface SiteStatus {
  access: 'supported' | 'enabled' | 'available' | 'unavailable';
  /** The site's host permission pattern (`https://host/*`), null when unavailable. */
  pattern: string | null;
}

/** What each request answers; the background's handlers are typed against this map. */
export interface ResponseMap {
  suggest: { suggestions: SuggestedReply[] };
  pick: { ok: true };
  'library.changed': { ok: true };
  'tone.context': ToneContext;
  'tone.ignore': { ok: true };
  'tone.sendAnyway': { ok: true };
  'overlay.settings': {
    autoOpenPanel: boolean;
    suggestionsCount: number;
    language: 'auto' | 'ru' | 'en';
    escalationRoutes: { id: string; name: string }[];
  };
  'thread.snapshot': ThreadView;
  'thread.get': ThreadView;
  'thread.action': ThreadView;
  'sla.recompute': { waiting: number; atRisk: number };
  ping: { ok: true; version: string };
  'site.status': SiteStatus;
  /** `running`: the overlay runs in the given tab now (false: it starts on the next page load). */
  'site.enable': SiteStatus & { running: boolean };
  /** `permissionRemoved` is false only for a permission the manifest requires. */
  'site.disable': SiteStatus & { permissionRemoved: boolean };
}

/** Envelope so that errors travel as data rather than as rejected promises lost by the polyfill. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** Messages the background or the popup send to a tab's content script. */
export const TabMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('overlay.toggle') })]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
