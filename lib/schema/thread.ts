import { z } from 'zod';

/** A web page address: http(s) only (a notification click opens it; a `javascript:` URL must never get there). */
export const HttpUrlSchema = z
  .string()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), { message: 'expected an http(s) URL' });

/** Snapshots hold the newest messages only (lib/sites/shared/snapshot.ts SNAPSHOT_MESSAGE_LIMIT). */
export const MAX_SNAPSHOT_MESSAGES = 200;
/** All message texts of one snapshot together: a page cannot make the background store megabytes. */
export const MAX_SNAPSHOT_TEXT = 1_000_000;

/** One message of a thread as an adapter read it from the page. */
export const ThreadMessageSchema = z.object({
  /** Stable per thread: the site's message id, or a hash of author+time+text when the site has none. */
  id: z.string().min(1).max(300),
  author: z.string().max(300).default(''),
  /** `in` = from the customer, `out` = from the brand (the user's side). */
  direction: z.enum(['in', 'out']),
  /** ISO time when the page shows one (null when the markup has no usable time). */
  at: z.string().max(100).nullable(),
  text: z.string().max(20_000),
});
export type ThreadMessage = z.infer<typeof ThreadMessageSchema>;

/** What an adapter sees of the open thread. `id` is `<site>:<site-specific id>`, stable across reloads. */
export const ThreadSnapshotSchema = z.object({
  id: z.string().min(1).max(500),
  /** The adapter's id (a platform name). */
  site: z.string().min(1).max(50),
  title: z.string().max(500).default(''),
  url: HttpUrlSchema,
  messages: z
    .array(ThreadMessageSchema)
    .max(MAX_SNAPSHOT_MESSAGES)
    .refine((messages) => messages.reduce((sum, m) => sum + m.text.length, 0) <= MAX_SNAPSHOT_TEXT, {
      message: `more than ${MAX_SNAPSHOT_TEXT} characters of message text`,
    }),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshotSchema>;
