import { z } from 'zod';
import { PlatformSchema, ReplySchema } from './pack';
import { BrandProfileSchema } from './profile';
import { ToneRuleSchema } from './rules';

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
    threadId: z.string().max(500),
    url: z.string().max(2000),
    findings: z
      .array(z.object({ ruleId: z.string(), category: z.string(), severity: z.string(), excerpt: z.string().max(200) }))
      .max(100),
  }),
  z.object({ type: z.literal('overlay.settings') }),
  z.object({ type: z.literal('ping') }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestInput = z.input<typeof RequestSchema>;
export type RequestType = Request['type'];

export const SuggestedReplySchema = ReplySchema.extend({
  packId: z.string(),
  score: z.number(),
});
export type SuggestedReply = z.infer<typeof SuggestedReplySchema>;

export const ToneContextSchema = z.object({
  profile: BrandProfileSchema,
  rules: z.array(ToneRuleSchema),
  /** Keys of findings ignored always, and in the given thread. */
  ignored: z.array(z.string()),
});
export type ToneContext = z.infer<typeof ToneContextSchema>;

/** What each request answers; the background's handlers are typed against this map. */
export interface ResponseMap {
  suggest: { suggestions: SuggestedReply[] };
  pick: { ok: true };
  'library.changed': { ok: true };
  'tone.context': ToneContext;
  'tone.ignore': { ok: true };
  'tone.sendAnyway': { ok: true };
  'overlay.settings': { autoOpenPanel: boolean; suggestionsCount: number; language: 'auto' | 'ru' | 'en' };
  ping: { ok: true; version: string };
}

/** Envelope so that errors travel as data rather than as rejected promises lost by the polyfill. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** Messages the background or the popup send to a tab's content script. */
export const TabMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('overlay.toggle') })]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
