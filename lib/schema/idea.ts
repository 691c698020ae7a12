import { z } from 'zod';
import { PlatformSchema } from './pack';
import { HttpUrlSchema } from './thread';

/**
 * Ideas: customer requests saved from the panel ("save as idea"). Near-duplicates from other
 * threads merge into one idea, whose askers are the threads that asked (lib/engine/ideas).
 * When an idea is done, each asker's thread is offered a "you asked, we did it" reply.
 */
export const IDEA_STATUSES = ['open', 'planned', 'done'] as const;
export const IdeaStatusSchema = z.enum(IDEA_STATUSES);
export type IdeaStatus = z.infer<typeof IdeaStatusSchema>;

/** Impact and cost on a 1–5 scale (1 = small, 5 = large). */
export const IdeaScoreSchema = z.number().int().min(1).max(5);

export const IdeaLangSchema = z.enum(['ru', 'en']);
export type IdeaLang = z.infer<typeof IdeaLangSchema>;

export const IdeaTagSchema = z.string().trim().min(1).max(50);
export const MAX_IDEA_TAGS = 20;
export const MAX_IDEA_TEXT = 2000;

/** One customer who asked: the thread and the message saved from it. */
export const IdeaAskerSchema = z.object({
  threadId: z.string().min(1).max(500),
  /** The thread's address (http(s) only: the dashboard links to it). */
  url: HttpUrlSchema,
  platform: PlatformSchema,
  author: z.string().max(300).default(''),
  text: z.string().max(MAX_IDEA_TEXT),
  /** When the customer wrote it (ISO), or when it was saved if the page showed no time. */
  at: z.string().max(100),
  savedAt: z.string().max(100),
  /** The thread's language: the "we did it" reply is drafted in it. */
  lang: IdeaLangSchema,
  /** The "we did it" reply once it was inserted or dismissed in this thread: it is not offered again. */
  replied: z.enum(['inserted', 'dismissed']).nullable().default(null),
});
export type IdeaAsker = z.infer<typeof IdeaAskerSchema>;

export const IdeaRecordSchema = z.object({
  id: z.string().min(1).max(100),
  /** A short name of the request; the first asker's message until the user edits it. */
  title: z.string().max(MAX_IDEA_TEXT),
  tags: z.array(IdeaTagSchema).max(MAX_IDEA_TAGS).default([]),
  impact: IdeaScoreSchema.default(3),
  cost: IdeaScoreSchema.default(3),
  status: IdeaStatusSchema.default('open'),
  /** What was done, in the customer's words: the text after «Вы просили — мы сделали:». Empty: the title. */
  doneNote: z.string().max(MAX_IDEA_TEXT).default(''),
  createdAt: z.string().max(100),
  updatedAt: z.string().max(100),
  doneAt: z.string().max(100).nullable().default(null),
  askers: z.array(IdeaAskerSchema).max(10_000),
});
export type IdeaRecord = z.infer<typeof IdeaRecordSchema>;

/** What the dashboard may change on an idea (field by field; unknown keys refused). */
export const IdeaChangesSchema = z.strictObject({
  title: z.string().trim().min(1).max(MAX_IDEA_TEXT).optional(),
  tags: z.array(IdeaTagSchema).max(MAX_IDEA_TAGS).optional(),
  impact: IdeaScoreSchema.optional(),
  cost: IdeaScoreSchema.optional(),
  status: IdeaStatusSchema.optional(),
  doneNote: z.string().trim().max(MAX_IDEA_TEXT).optional(),
});
export type IdeaChanges = z.infer<typeof IdeaChangesSchema>;

/** A message saved from the panel. */
export const IdeaSaveSchema = z.object({
  text: z.string().trim().min(1).max(MAX_IDEA_TEXT),
  threadId: z.string().min(1).max(500),
  url: HttpUrlSchema,
  platform: PlatformSchema,
  author: z.string().max(300).default(''),
  /** The message's time as the page showed it (ISO), when it did. */
  at: z.string().max(100).nullable().default(null),
});
export type IdeaSave = z.infer<typeof IdeaSaveSchema>;

/** How a save went: a new idea, merged into a near-duplicate, or this thread had already asked it. */
export interface IdeaSaveResult {
  outcome: 'created' | 'merged' | 'already';
  ideaId: string;
  title: string;
  askers: number;
}

/** A done idea whose "we did it" reply waits in one asker's thread. */
export interface IdeaDoneDraft {
  ideaId: string;
  /** What was done (the idea's note, else its title). */
  what: string;
  lang: IdeaLang;
  author: string;
}
