import { prefillPlaceholders, type PrefillSource } from '../../../lib/engine/suggest/prefill';
import type { SuggestedReply } from '../../../lib/schema/messages';
import { getThread } from '../thread/store';
import { getSuggest, type Filling } from './store';

/**
 * The placeholder form's starting values: the customer's name from the site adapter (the thread's
 * title on a site's conversation page) and values found in the customer's message. Only proposals —
 * the form shows each one's source, and nothing is inserted until the user confirms.
 */
export function prefilledFilling(reply: SuggestedReply, fields: string[]): Filling {
  const { message } = getSuggest();
  const thread = getThread();
  // A typed search is the user's words, not the customer's: nothing to extract from it.
  const customerText = message && message.source !== 'search' ? message.text : '';
  const found = prefillPlaceholders({
    fields,
    message: customerText,
    customerName: thread.adapterId !== 'generic' ? thread.title : '',
    patterns: reply.placeholders,
  });
  const values: Record<string, string> = {};
  const prefilled: Record<string, PrefillSource> = {};
  for (const field of fields) {
    values[field] = found[field]?.value ?? '';
    if (found[field]) prefilled[field] = found[field].source;
  }
  return { reply, fields, values, prefilled };
}
