import { z } from 'zod';
import { RestoreModeSchema } from './backup';
import { IdeaChangesSchema, IdeaRecordSchema, IdeaSaveSchema, type IdeaDoneDraft, type IdeaRecord, type IdeaSaveResult } from './idea';
import { PackSchema, PlatformSchema, ReplySchema } from './pack';
import { BrandProfileSchema } from './profile';
import type { CrisisBanner } from './crisis';
import { SettingsChangesSchema, type Settings } from './settings';
import { ToneRuleSchema } from './rules';
import { PackRecordSchema, ReplyRecordSchema, type PackRecord, type ReplyRecord, type ThreadRecord } from './storage';
import { SubscriptionRecordSchema, SubscriptionUrlSchema, type SubscriptionFailure, type SubscriptionRecord } from './subscription';
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
    /** The thread the reply was inserted in (absent before the first reading): links the pick to the reply sent after it. */
    threadId: z.string().min(1).max(500).optional(),
  }),
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
  /**
   * A draft sent with findings that did not hold it (warnings, hints; ignored findings are not sent):
   * their rule and category only — no text — for the dialogue KPIs' findings per category. Stored once per client id.
   */
  z.object({
    type: z.literal('tone.sent'),
    clientId: z.uuid(),
    threadId: z.string().min(1).max(500),
    findings: z.array(z.object({ ruleId: z.string().max(200), category: z.string().max(100), severity: z.string().max(20) })).min(1).max(100),
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
      /** Takes back the thread's last "answered" / "no reply needed" while nothing happened since. */
      z.object({ kind: z.literal('undo') }),
      z.object({ kind: z.literal('snooze'), minutes: z.number().int().min(1).max(7 * 24 * 60) }),
      z.object({ kind: z.literal('escalate'), routeId: z.string().max(100).nullable() }),
    ]),
    /** Describes a thread seen for the first time (the generic adapter's manual timer). */
    seed: z
      .object({ site: z.string().max(100), platform: PlatformSchema, title: z.string().max(500), url: HttpUrlSchema })
      .optional(),
  }),
  /** Recompute every clock now (a test moved the clock; a saved policy is picked up by its `settings` change). */
  z.object({ type: z.literal('sla.recompute') }),
  /**
   * The background is the only writer of the database: extension pages save settings through it.
   * `changes` is checked field by field (unknown keys and the version refused); the merged record
   * is checked as a whole before it is written.
   */
  z.object({ type: z.literal('settings.save'), changes: SettingsChangesSchema }),
  /** Take newer values from `storage.sync` now (the dashboard opened, or the area changed). */
  z.object({ type: z.literal('settings.pull') }),
  // The Library's and the rules' writes, for the same reason (lib/storage/library-writes.ts sends them).
  z.object({
    type: z.literal('library.import'),
    pack: PackSchema,
    origin: z.object({ source: PackRecordSchema.shape.source, url: z.string().max(4000).optional() }),
  }),
  z.object({ type: z.literal('library.createPack'), id: z.string().trim().min(1).max(200), name: z.string().trim().min(1).max(300) }),
  z.object({
    type: z.literal('library.updatePack'),
    id: z.string().max(200),
    changes: z.strictObject({
      name: z.string().trim().min(1).max(300).optional(),
      enabled: z.boolean().optional(),
      rules: z.array(ToneRuleSchema).max(10_000).optional(),
    }),
  }),
  z.object({ type: z.literal('library.saveReply'), packId: z.string().max(200), reply: ReplySchema }),
  z.object({ type: z.literal('library.deleteReply'), packId: z.string().max(200), id: z.string().max(200) }),
  z.object({ type: z.literal('library.restoreReplies'), records: z.array(ReplyRecordSchema).max(100_000) }),
  z.object({ type: z.literal('library.deletePack'), id: z.string().max(200) }),
  z.object({
    type: z.literal('library.restorePack'),
    snapshot: z.object({ pack: PackRecordSchema, replies: z.array(ReplyRecordSchema).max(100_000) }),
  }),
  /** "Enable TrustOps on this site" (the popup): a page's access, and the switch for its site. */
  z.object({ type: z.literal('site.status'), url: z.string().max(4000) }),
  /** Sent after the user granted the site's host permission; `tabId`: also start the overlay there now. */
  z.object({ type: z.literal('site.enable'), url: z.string().max(4000), tabId: z.number().int().nonnegative().optional() }),
  z.object({ type: z.literal('site.disable'), url: z.string().max(4000) }),
  /** Team pack subscriptions (the dashboard); the host permission was asked for in the page first. */
  z.object({ type: z.literal('subscription.add'), url: SubscriptionUrlSchema, publicKey: z.string().trim().max(200).optional() }),
  /** A refresh the user asked for: one URL, or every subscription when none is given. */
  z.object({ type: z.literal('subscription.refresh'), url: z.string().max(4000).optional() }),
  z.object({ type: z.literal('subscription.remove'), url: z.string().max(4000) }),
  /** Review before apply: switch it for one subscription; apply or skip the version waiting. */
  z.object({ type: z.literal('subscription.setReview'), url: z.string().max(4000), review: z.boolean() }),
  z.object({ type: z.literal('subscription.decide'), url: z.string().max(4000), apply: z.boolean() }),
  /** Undo of a removal: the record and its pack as `subscription.remove` returned them. */
  z.object({
    type: z.literal('subscription.restore'),
    record: SubscriptionRecordSchema,
    pack: z.object({ pack: PackRecordSchema, replies: z.array(ReplyRecordSchema).max(100_000) }).nullable(),
  }),
  /** What the administrator's policy decides, for the dashboard to show read-only. */
  z.object({ type: z.literal('managed.status') }),
  /** Backup of the whole profile (the dashboard): one versioned file out, and back in. */
  z.object({ type: z.literal('backup.export') }),
  z.object({ type: z.literal('backup.inspect'), text: z.string().max(200_000_000) }),
  z.object({ type: z.literal('backup.restore'), text: z.string().max(200_000_000), mode: RestoreModeSchema }),
  z.object({ type: z.literal('backup.undo') }),
  /** Ideas (lib/schema/idea.ts): the panel saves a customer message; near-duplicates merge. */
  z.object({ type: z.literal('ideas.save'), idea: IdeaSaveSchema }),
  /** The "we did it" replies waiting in the open thread, and what the user did with one. */
  z.object({ type: z.literal('ideas.drafts'), threadId: z.string().max(500) }),
  z.object({
    type: z.literal('ideas.draftHandled'),
    ideaId: z.string().max(100),
    threadId: z.string().max(500),
    outcome: z.enum(['inserted', 'dismissed']),
  }),
  /** The dashboard's edits; a deleted idea comes back whole (undo). */
  z.object({ type: z.literal('ideas.update'), id: z.string().max(100), changes: IdeaChangesSchema }),
  z.object({ type: z.literal('ideas.delete'), id: z.string().max(100) }),
  z.object({ type: z.literal('ideas.restore'), record: IdeaRecordSchema }),
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
  /** `crisis`: crisis mode is in force, so the crisis rules run (lib/engine/tone/detectors/crisis.ts). */
  profile: BrandProfileSchema.extend({ crisis: z.boolean().default(false) }),
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
  /** `workdayMinutes`: the policy's usual working day (durations of a day or more read in working days). */
  policy: { timezone: string; firstReplyMinutes: number; nextReplyMinutes: number; warnRatio: number; hours: string; workdayMinutes?: number };
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
  'tone.context': ToneContext;
  'tone.ignore': { ok: true };
  'tone.sendAnyway': { ok: true };
  'tone.sent': { ok: true };
  'overlay.settings': {
    autoOpenPanel: boolean;
    suggestionsCount: number;
    language: 'auto' | 'ru' | 'en';
    escalationRoutes: { id: string; name: string }[];
    /** The panel's crisis banner; null while no crisis is in force. */
    crisis: CrisisBanner;
  };
  'thread.snapshot': ThreadView;
  'thread.get': ThreadView;
  'thread.action': ThreadView;
  'sla.recompute': { waiting: number; atRisk: number };
  /** The settings as stored, and the mirror to `storage.sync` (null while sync is off). */
  'settings.save': { settings: Settings; sync: SettingsSyncOutcome | null };
  /** Keys taken over from `storage.sync`. */
  'settings.pull': { taken: string[] };
  'library.import': PackImportResult;
  'library.createPack': PackRecord;
  'library.updatePack': { ok: true };
  'library.saveReply': ReplyRecord;
  /** null: there was no such reply. */
  'library.deleteReply': { removed: ReplyRecord | null };
  'library.restoreReplies': { ok: true };
  /** null: there was no such pack. */
  'library.deletePack': { snapshot: PackSnapshot | null };
  'library.restorePack': { ok: true };
  'site.status': SiteStatus;
  'subscription.add': SubscriptionCheckReport;
  'subscription.refresh': { reports: SubscriptionCheckReport[] };
  'subscription.remove': { removed: { record: SubscriptionRecord; pack: PackSnapshot | null } | null };
  'subscription.restore': { ok: true };
  'subscription.setReview': { ok: true };
  'subscription.decide': SubscriptionCheckReport;
  /** `managed`: settings a policy value decides; `locked`: those the dashboard may not change. */
  'managed.status': { managed: string[]; locked: string[]; problem: string | null };
  'backup.export': { text: string };
  /** What a file holds, or why it cannot be restored; `empty`: whether this profile has nothing yet. */
  'backup.inspect': { ok: true; createdAt: string; counts: Record<string, number>; empty: boolean } | { ok: false; problems: string[] };
  'backup.restore': { written: Record<string, number>; undoable: boolean };
  'backup.undo': { ok: boolean };
  'ideas.save': IdeaSaveResult;
  'ideas.drafts': { drafts: IdeaDoneDraft[] };
  'ideas.draftHandled': { ok: true };
  'ideas.update': IdeaRecord;
  /** null: there was no such idea. */
  'ideas.delete': { removed: IdeaRecord | null };
  'ideas.restore': { ok: true };
  /** `running`: the overlay runs in the given tab now (false: it starts on the next page load). */
  'site.enable': SiteStatus & { running: boolean };
  /** `permissionRemoved` is false only for a permission the manifest requires. */
  'site.disable': SiteStatus & { permissionRemoved: boolean };
}

/** One subscription checked: what happened and the record as stored afterwards. */
export interface SubscriptionCheckReport {
  url: string;
  outcome: 'updated' | 'unchanged' | 'kept-previous';
  failure?: SubscriptionFailure;
  record: SubscriptionRecord;
}

/** What an import stored (= lib/storage/library.ts ImportResult). */
export interface PackImportResult {
  packId: string;
  replies: number;
  rules: number;
  replaced: boolean;
}

/** A deleted pack with its replies, to bring it back (= lib/storage/library.ts PackSnapshot). */
export interface PackSnapshot {
  pack: PackRecord;
  replies: ReplyRecord[];
}

/** = lib/storage/sync.ts SyncOutcome, restated here so the schema layer does not import storage. */
export interface SettingsSyncOutcome {
  written: string[];
  problems: { key: string; bytes: number; quota: 'item' | 'total' }[];
  error?: string;
}

/** Envelope so that errors travel as data rather than as rejected promises lost by the polyfill. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** Messages the background or the popup send to a tab's content script. */
export const TabMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('overlay.toggle') })]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
