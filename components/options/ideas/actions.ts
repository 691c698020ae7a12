import { request } from '../../../lib/messaging/client';
import type { IdeaChanges, IdeaRecord } from '../../../lib/schema/idea';
import { showToast } from '../ui/toast-store';
import { t } from './i18n';

/**
 * The section's writes, through the background (the database's only writer). Failures become a
 * toast; the list refreshes from the change broadcast, and `reload` right away for a snappy page.
 */
async function attempt(work: () => Promise<unknown>, reload: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    showToast({ message: t('saveFailed', { error: error instanceof Error ? error.message : String(error) }) });
  } finally {
    await reload();
  }
}

export const updateIdea = (id: string, changes: IdeaChanges, reload: () => Promise<void>) =>
  attempt(() => request({ type: 'ideas.update', id, changes }), reload);

/** Deletes at once and offers Undo, which puts the whole idea back (askers, notes and all). */
export const deleteIdeaWithUndo = (idea: IdeaRecord, reload: () => Promise<void>) =>
  attempt(async () => {
    const { removed } = await request({ type: 'ideas.delete', id: idea.id });
    if (!removed) return;
    showToast({
      message: t('deleted', { title: idea.title.slice(0, 60) }),
      action: { label: t('undo'), run: () => attempt(() => request({ type: 'ideas.restore', record: removed }), reload) },
    });
  }, reload);

/** "a, b , a" → ["a", "b"]. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,;]/).map((tag) => tag.trim().slice(0, 50)).filter(Boolean))].slice(0, 20);
}
