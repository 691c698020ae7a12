import { doneDraftText } from '../../../lib/i18n/idea-panel';
import { insertText } from '../../../lib/editor/insert';
import { request } from '../../../lib/messaging/client';
import type { IdeaDoneDraft } from '../../../lib/schema/idea';
import { getOverlay } from '../store';
import { getSuggest, setSuggest } from '../suggest/store';
import { genericThreadId } from '../thread/generic-id';
import { getThread } from '../thread/store';
import { getIdeas, setIdeas } from './store';

const currentThreadId = () => getThread().threadId || genericThreadId();
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Saves the customer message the panel quotes (the thread's, or what the user selected on the
 * page) as an idea; the background merges it into a near-duplicate when there is one.
 */
export async function saveQuotedMessageAsIdea(): Promise<void> {
  const { message } = getSuggest();
  if (!message || message.source === 'search' || getIdeas().save.status === 'saving') return;
  const { pending, title, platform } = getThread();
  const fromThread = message.source === 'thread' && pending?.text === message.text;
  const text = message.text.slice(0, 2000);
  setIdeas({ save: { status: 'saving', text: message.text } });
  try {
    const result = await request({
      type: 'ideas.save',
      idea: {
        text,
        threadId: currentThreadId(),
        url: location.href.slice(0, 2000),
        platform,
        author: (fromThread ? pending?.author || title : '').slice(0, 300),
        at: fromThread ? (pending?.at ?? null) : null,
      },
    });
    setIdeas({ save: { status: 'saved', text: message.text, result } });
  } catch (error) {
    setIdeas({ save: { status: 'failed', text: message.text, error: errorText(error) } });
  }
}

/** Asks for the open thread's "we did it" replies (a thread switch, a change from the dashboard). */
export async function refreshDoneDrafts(): Promise<void> {
  const threadId = currentThreadId();
  try {
    const { drafts } = await request({ type: 'ideas.drafts', threadId });
    if (currentThreadId() !== threadId) return;
    const previous = getIdeas().drafts;
    const keepInserted = previous?.threadId === threadId ? previous.items.filter((d) => getIdeas().inserted.includes(d.ideaId)) : [];
    const fresh = drafts.filter((d) => !keepInserted.some((kept) => kept.ideaId === d.ideaId));
    setIdeas({ drafts: { threadId, items: [...keepInserted, ...fresh] }, ...(previous?.threadId === threadId ? {} : { inserted: [] }) });
  } catch (error) {
    console.warn('[TrustOps] the idea replies are unavailable', error);
  }
}

/** The reply's text in the thread's language (the customer's, not the panel's). */
export const draftTextOf = (draft: IdeaDoneDraft) => doneDraftText(draft.what, draft.lang);

/**
 * Inserts the "we did it" reply into the composer, the way a suggestion is inserted (read back,
 * clipboard fallback with a notice), and tells the background it was used in this thread.
 */
export async function insertDoneDraft(draft: IdeaDoneDraft): Promise<void> {
  const { composer } = getOverlay();
  if (!composer) return;
  const text = draftTextOf(draft);
  setSuggest({ notice: null });
  const outcome = await insertText(composer, text);
  setSuggest({ notice: outcome.status === 'failed' ? { kind: 'failed', text } : { kind: outcome.status } });
  setIdeas({ inserted: [...getIdeas().inserted, draft.ideaId] });
  await handled(draft, 'inserted');
}

export async function dismissDoneDraft(draft: IdeaDoneDraft): Promise<void> {
  const drafts = getIdeas().drafts;
  if (drafts) setIdeas({ drafts: { ...drafts, items: drafts.items.filter((d) => d.ideaId !== draft.ideaId) } });
  await handled(draft, 'dismissed');
}

async function handled(draft: IdeaDoneDraft, outcome: 'inserted' | 'dismissed'): Promise<void> {
  try {
    await request({ type: 'ideas.draftHandled', ideaId: draft.ideaId, threadId: currentThreadId(), outcome });
  } catch (error) {
    console.warn('[TrustOps] could not record the idea reply', error);
  }
}
