import { z } from 'zod';

/** One message of a thread as an adapter read it from the page. */
export const ThreadMessageSchema = z.object({
  /** Stable per thread: the site's message id, or a hash of author+time+text when the site has none. */
  id: z.string().min(1).max(300),
  author: z.string().max(300).default(''),
  /** `in` = from the customer, `out` = from the brand (the user's side). */
  direction: z.enum(['in', 'out']),
  /** ISO time when the page shows one (null when the markup has no usable time). */
  at: z.string().nullable(),
  text: z.string().max(20_000),
});
export type ThreadMessage = z.infer<typeof ThreadMessageSchema>;

/** What an adapter sees of the open thread. `id` is `<site>:<site-specific id>`, stable across reloads. */
export const ThreadSnapshotSchema = z.object({
  id: z.string().min(1).max(500),
  site: z.string(),
  title: z.string().max(500).default(''),
  url: z.string(),
  messages: z.array(ThreadMessageSchema),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshotSchema>;
