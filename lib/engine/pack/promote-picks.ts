import type { Pack } from '../../schema/pack';

/** A specialist's pick: the customer's text and the reply chosen for it. */
export interface PromotablePick {
  packId: string;
  replyId: string;
  text: string;
}

export interface PromotionResult {
  pack: Pack;
  /** Examples added, by reply id. */
  added: Record<string, number>;
}

/** Most examples a reply gets from picks: enough to teach, few enough to review by eye. */
export const MAX_PROMOTED_PER_REPLY = 30;

/** PackSchema's limit on a reply's examples. */
const MAX_EXAMPLES = 500;

const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * "Promote picks to examples": what the picks taught becomes `examples` of the lead's pack, so
 * the whole team's suggestions learn it from the next published version. Texts are trimmed,
 * duplicates (and texts already listed) dropped, the most frequent first, at most
 * MAX_PROMOTED_PER_REPLY per reply; picks of other packs or of replies no longer in it are left
 * out. Pure; the result is for the lead to review before publishing.
 */
export function promotePicks(pack: Pack, picks: readonly PromotablePick[], maxPerReply = MAX_PROMOTED_PER_REPLY): PromotionResult {
  const byReply = new Map<string, Map<string, { text: string; count: number }>>();
  for (const pick of picks) {
    if (pick.packId !== pack.id) continue;
    const text = pick.text.replace(/\s+/g, ' ').trim().slice(0, 500);
    if (text.length < 3) continue;
    const texts = byReply.get(pick.replyId) ?? new Map();
    const key = normal(text);
    const seen = texts.get(key);
    texts.set(key, { text: seen?.text ?? text, count: (seen?.count ?? 0) + 1 });
    byReply.set(pick.replyId, texts);
  }
  const added: Record<string, number> = {};
  const replies = pack.replies.map((reply) => {
    const texts = byReply.get(reply.id);
    if (!texts) return reply;
    const known = new Set(reply.examples.map(normal));
    const fresh = [...texts.entries()]
      .filter(([key]) => !known.has(key))
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, Math.max(0, Math.min(maxPerReply, MAX_EXAMPLES - reply.examples.length)))
      .map(([, { text }]) => text);
    if (!fresh.length) return reply;
    added[reply.id] = fresh.length;
    return { ...reply, examples: [...reply.examples, ...fresh] };
  });
  return { pack: { ...pack, replies }, added };
}
