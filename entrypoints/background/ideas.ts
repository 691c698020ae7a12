import type { Handlers } from '../../lib/messaging/server';
import { deleteIdea, doneDraftsFor, markDoneDraft, restoreIdea, saveIdea, updateIdea } from '../../lib/storage/ideas';

/**
 * Ideas (issue 13.2), written here only: the panel saves customer messages and asks for the open
 * thread's "we did it" replies (lib/messaging/authorize.ts lets a content script do that for its
 * own page's threads); the dashboard edits, deletes and restores.
 */
export const ideaHandlers: Pick<
  Handlers,
  'ideas.save' | 'ideas.drafts' | 'ideas.draftHandled' | 'ideas.update' | 'ideas.delete' | 'ideas.restore'
> = {
  'ideas.save': async ({ idea }) => saveIdea(idea, { now: new Date(), newId: () => crypto.randomUUID() }),
  'ideas.drafts': async ({ threadId }) => ({ drafts: await doneDraftsFor(threadId) }),
  'ideas.draftHandled': async ({ ideaId, threadId, outcome }) => (await markDoneDraft(ideaId, threadId, outcome), { ok: true }),
  'ideas.update': async ({ id, changes }) => updateIdea(id, changes, new Date()),
  'ideas.delete': async ({ id }) => ({ removed: await deleteIdea(id) }),
  'ideas.restore': async ({ record }) => (await restoreIdea(record), { ok: true }),
};
