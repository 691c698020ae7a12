import type { Draft } from '../draft';
import { say } from '../lexicon';
import { ownValue } from '../records';
import type { DetectContext, RawFinding } from '../types';

/**
 * Over the platform's limit, counted in Unicode code points (an emoji is one character, as most
 * platforms count). The finding covers the overflow, so the UI can show what will not fit.
 */
export function detectLength(draft: Draft, ctx: DetectContext): RawFinding[] {
  const limit = ctx.platform ? ownValue(ctx.profile.limits, ctx.platform) : undefined;
  if (!limit || draft.text.length <= limit) return [];
  let count = 0;
  let overflowAt = -1;
  for (let i = 0; i < draft.text.length; i++) {
    const code = draft.text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    if (++count === limit + 1) overflowAt = i;
  }
  if (overflowAt < 0) return [];
  return [
    {
      ruleId: 'length',
      category: 'length',
      start: overflowAt,
      end: draft.text.length,
      message: say(
        ctx.messageLang,
        `Текст длиннее лимита ${ctx.platform}: ${count} из ${limit} символов; сократите на ${count - limit}.`,
        `Longer than the ${ctx.platform} limit: ${count} of ${limit} characters; cut ${count - limit}.`,
      ),
    },
  ];
}
