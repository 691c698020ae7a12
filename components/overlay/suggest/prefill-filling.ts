import type { PrefillSource } from '../../../lib/engine/suggest/prefill';
import type { SuggestedReply } from '../../../lib/schema/messages';
import { loadToneEngine } from '../tone/engine-loader';
import { getThread } from '../thread/store';
import { getSuggest, setSuggest, type Filling } from './store';

/**
 * Opens the placeholder form for a reply, then proposes starting values: the customer's name from
 * the site adapter (the thread's title on a site's conversation page) and values found in the
 * customer's message. The extractors (phone metadata, RE2) live in the lazily loaded engine file,
 * not in the content script every page loads; the form is usable at once and the proposals fill
 * only fields the user has not typed in yet. Nothing is inserted until the user confirms.
 */
export function openPrefilledForm(reply: SuggestedReply, fields: string[]): void {
  const values = Object.fromEntries(fields.map((field) => [field, '']));
  setSuggest({ filling: { reply, fields, values, prefilled: {} }, notice: null });
  loadToneEngine()
    .then((engine) => {
      const { message } = getSuggest();
      const thread = getThread();
      // A typed search is the user's words, not the customer's: nothing to extract from it.
      const customerText = message && message.source !== 'search' ? message.text : '';
      const found = engine.prefillPlaceholders({
        fields,
        message: customerText,
        customerName: thread.adapterId !== 'generic' ? thread.title : '',
        patterns: reply.placeholders,
      });
      const current = getSuggest().filling;
      if (current?.reply !== reply) return; // the form was closed or another reply chosen meanwhile
      setSuggest({ filling: withProposals(current, found) });
    })
    .catch(() => {
      // No proposals: the form stays empty and fully usable.
    });
}

function withProposals(filling: Filling, found: Record<string, { value: string; source: PrefillSource }>): Filling {
  const values = { ...filling.values };
  const prefilled = { ...filling.prefilled };
  for (const field of filling.fields) {
    const proposal = found[field];
    if (!proposal || values[field] !== '') continue;
    values[field] = proposal.value;
    prefilled[field] = proposal.source;
  }
  return { ...filling, values, prefilled };
}
