import { insertText } from '../../../lib/editor/insert';
import { newClientId } from '../../../lib/outbox/client-id';
import { outbox } from '../../../lib/outbox/content';
import type { SuggestedReply } from '../../../lib/schema/messages';
import { fillPlaceholders, findPlaceholders } from '../../../lib/engine/suggest/placeholders';
import { getOverlay } from '../store';
import { getSuggest, setSuggest, type Filling } from './store';
import { getThread } from '../thread/store';
import { openPrefilledForm } from './prefill-filling';

/**
 * A suggestion was chosen (click or Enter). Replies with `{placeholders}` first ask for their
 * values; an unfilled placeholder is never inserted without the user saying so.
 */
export function chooseReply(reply: SuggestedReply): void {
  const fields = findPlaceholders(reply.body);
  if (fields.length === 0) {
    void insertReply(reply, reply.body);
    return;
  }
  openPrefilledForm(reply, fields);
}

export function setFieldValue(field: string, value: string): void {
  const { filling } = getSuggest();
  if (!filling) return;
  // An edited value is the user's own: the "from the message" note no longer applies.
  const { [field]: _edited, ...prefilled } = filling.prefilled;
  setSuggest({ filling: { ...filling, values: { ...filling.values, [field]: value }, prefilled } });
}

export function cancelFilling(): void {
  setSuggest({ filling: null });
}

/** Placeholders still without a value. */
export function unfilledFields(filling: Filling): string[] {
  return fillPlaceholders(filling.reply.body, filling.values).missing;
}

/** Inserts the reply being filled; unfilled placeholders stay visible as `{name}` in the draft. */
export async function insertFilled(): Promise<void> {
  const { filling } = getSuggest();
  if (filling) await insertReply(filling.reply, fillPlaceholders(filling.reply.body, filling.values).text);
}

async function insertReply(reply: SuggestedReply, text: string): Promise<void> {
  const { composer } = getOverlay();
  const { message } = getSuggest();
  if (!composer) return;
  setSuggest({ filling: null, notice: null });
  const outcome = await insertText(composer, text);
  setSuggest({ notice: outcome.status === 'failed' ? { kind: 'failed', text } : { kind: outcome.status } });
  await recordPick(reply, message?.text ?? '');
}

/**
 * Teaches the ranking which reply answered which message. The pick goes through the outbox: kept in
 * storage until the background confirmed it, retried when the worker was stopped mid-request, and
 * stored once however often it is delivered. A failure must not disturb the user.
 */
async function recordPick(reply: SuggestedReply, customerMessage: string): Promise<void> {
  const { threadId } = getThread();
  try {
    await outbox().post({
      type: 'pick',
      clientId: newClientId(),
      packId: reply.packId,
      replyId: reply.id,
      text: customerMessage.slice(0, 20_000),
      platform: getThread().platform,
      // Links the pick to the reply sent next in this thread (suggestion acceptance on the dashboard).
      ...(threadId ? { threadId: threadId.slice(0, 500) } : {}),
    });
  } catch (error) {
    console.warn('[TrustOps] could not record the pick', error);
  }
}
