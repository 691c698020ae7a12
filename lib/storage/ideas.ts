import { findNearDuplicate, textLang } from '../engine/ideas';
import type { IdeaAsker, IdeaChanges, IdeaDoneDraft, IdeaRecord, IdeaSave, IdeaSaveResult } from '../schema/idea';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';

/** A title is a name, not the whole message: the message itself stays with its asker. */
const TITLE_MAX = 200;

/** The first sentence-ish part of a message, cut at a word boundary. */
export function titleOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= TITLE_MAX) return flat;
  const cut = flat.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Every idea, newest change first (a page reads; only the background writes). */
export async function listIdeas(database: TrustOpsDb = db()): Promise<IdeaRecord[]> {
  const ideas = await database.ideas.toArray();
  return ideas.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

const textsOf = (idea: IdeaRecord) => [idea.title, ...idea.askers.map((asker) => asker.text)];

/**
 * Saves a customer's message as an idea: merged into the existing idea it nearly repeats (one
 * more asker), or a new idea. A thread that already asked for that idea is not counted twice.
 */
export async function saveIdea(
  save: IdeaSave,
  options: { now: Date; newId: () => string },
  database: TrustOpsDb = db(),
): Promise<IdeaSaveResult> {
  const nowIso = options.now.toISOString();
  const asker: IdeaAsker = {
    threadId: save.threadId,
    url: save.url,
    platform: save.platform,
    author: save.author.trim(),
    text: save.text,
    at: save.at ?? nowIso,
    savedAt: nowIso,
    lang: textLang(save.text),
    replied: null,
  };
  const result = await database.transaction('rw', database.ideas, async (): Promise<IdeaSaveResult> => {
    const ideas = await database.ideas.toArray();
    const match = findNearDuplicate(save.text, ideas.map((idea) => ({ id: idea.id, texts: textsOf(idea) })));
    const existing = match && ideas.find((idea) => idea.id === match.id);
    if (existing) {
      const summary = { ideaId: existing.id, title: existing.title };
      if (existing.askers.some((other) => other.threadId === save.threadId))
        return { outcome: 'already', ...summary, askers: existing.askers.length };
      const askers = [...existing.askers, asker];
      await database.ideas.put({ ...existing, askers, updatedAt: nowIso });
      return { outcome: 'merged', ...summary, askers: askers.length };
    }
    const idea: IdeaRecord = {
      id: options.newId(),
      title: titleOf(save.text),
      tags: [],
      impact: 3,
      cost: 3,
      status: 'open',
      doneNote: '',
      createdAt: nowIso,
      updatedAt: nowIso,
      doneAt: null,
      askers: [asker],
    };
    await database.ideas.add(idea);
    return { outcome: 'created', ideaId: idea.id, title: idea.title, askers: 1 };
  });
  if (result.outcome !== 'already') announceChange('ideas');
  return result;
}

/** Applies the dashboard's edits; marking done (or taking it back) stamps or clears `doneAt`. */
export async function updateIdea(id: string, changes: IdeaChanges, now: Date, database: TrustOpsDb = db()): Promise<IdeaRecord> {
  const updated = await database.transaction('rw', database.ideas, async () => {
    const idea = await database.ideas.get(id);
    if (!idea) throw new Error(`there is no idea ${id} (deleted meanwhile?)`);
    const next: IdeaRecord = { ...idea, ...changes, updatedAt: now.toISOString() };
    if (changes.tags) next.tags = [...new Set(changes.tags)];
    if (changes.status && changes.status !== idea.status) next.doneAt = changes.status === 'done' ? now.toISOString() : null;
    await database.ideas.put(next);
    return next;
  });
  announceChange('ideas');
  return updated;
}

/** Removes an idea; what comes back brings it back (undo). */
export async function deleteIdea(id: string, database: TrustOpsDb = db()): Promise<IdeaRecord | null> {
  const removed = await database.transaction('rw', database.ideas, async () => {
    const idea = await database.ideas.get(id);
    if (idea) await database.ideas.delete(id);
    return idea ?? null;
  });
  if (removed) announceChange('ideas');
  return removed;
}

export async function restoreIdea(record: IdeaRecord, database: TrustOpsDb = db()): Promise<void> {
  await database.ideas.put(record);
  announceChange('ideas');
}

/** The "we did it" replies waiting in a thread: done ideas it asked for, not yet inserted or dismissed. */
export async function doneDraftsFor(threadId: string, database: TrustOpsDb = db()): Promise<IdeaDoneDraft[]> {
  const done = await database.ideas.where('status').equals('done').toArray();
  return done
    .sort((a, b) => (a.doneAt ?? '').localeCompare(b.doneAt ?? ''))
    .flatMap((idea) =>
      idea.askers
        .filter((asker) => asker.threadId === threadId && asker.replied === null)
        .map((asker) => ({ ideaId: idea.id, what: idea.doneNote.trim() || idea.title, lang: asker.lang, author: asker.author })),
    );
}

/** The thread's "we did it" reply was inserted or dismissed: it is not offered there again. */
export async function markDoneDraft(
  ideaId: string,
  threadId: string,
  outcome: 'inserted' | 'dismissed',
  database: TrustOpsDb = db(),
): Promise<boolean> {
  const changed = await database.transaction('rw', database.ideas, async () => {
    const idea = await database.ideas.get(ideaId);
    if (!idea || !idea.askers.some((asker) => asker.threadId === threadId && asker.replied === null)) return false;
    const askers = idea.askers.map((asker) => (asker.threadId === threadId && asker.replied === null ? { ...asker, replied: outcome } : asker));
    await database.ideas.put({ ...idea, askers });
    return true;
  });
  if (changed) announceChange('ideas');
  return changed;
}
