import { slugify, type Reply } from '../../../lib/schema/pack';
import type { PackRecord, ReplyRecord } from '../../../lib/schema/storage';
import {
  createPack, deletePack, deleteReply, importPack, restorePack, restoreReplies, saveReply, updatePack,
} from '../../../lib/storage/library-writes';
import { exportPack } from '../../../lib/storage/library'; // through the background, the database's only writer
import { t } from '../i18n';
import { showToast } from '../ui/toast-store';
import { useLibrary } from './store';

/**
 * The Library's writes. Each one refreshes the lists itself (not waiting for the change
 * broadcast) and reports failures as a toast, so callers can fire and forget.
 */
const refresh = () => useLibrary.getState().refresh();

async function attempt(work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    showToast({ message: t('actionFailed', { error: error instanceof Error ? error.message : String(error) }) });
    return false;
  } finally {
    await refresh();
  }
}

export function deleteReplyWithUndo(reply: ReplyRecord) {
  return attempt(async () => {
    const removed = await deleteReply(reply.packId, reply.id);
    if (!removed) return;
    showToast({
      message: t('replyDeleted', { title: reply.title }),
      action: { label: t('undo'), run: () => attempt(() => restoreReplies([removed])) },
    });
  });
}

export function saveReplyTo(packId: string, reply: Reply) {
  return attempt(async () => {
    await saveReply(packId, reply);
    showToast({ message: t('replySaved', { title: reply.title }) });
  });
}

export function deletePackWithUndo(pack: PackRecord) {
  return attempt(async () => {
    const snapshot = await deletePack(pack.id);
    if (!snapshot) return;
    showToast({
      message: t('packDeleted', { name: pack.name }),
      action: {
        label: t('undo'),
        run: () =>
          attempt(async () => {
            await restorePack(snapshot);
            useLibrary.getState().selectPack(pack.id);
          }),
      },
    });
  });
}

/** Creates an empty local pack with an id derived from the name, made unique, and selects it. */
export function createPackNamed(name: string, existing: readonly PackRecord[]) {
  return attempt(async () => {
    const id = uniquePackId(name, existing);
    await createPack(name.trim(), id);
    useLibrary.getState().selectPack(id);
    showToast({ message: t('packCreated', { name: name.trim() }) });
  });
}

function uniquePackId(name: string, existing: readonly PackRecord[]): string {
  const taken = new Set(existing.map((p) => p.id));
  const base = slugify(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A subscribed pack is read-only: its editable copy goes into the user's own library. */
export function duplicatePack(pack: PackRecord, existing: readonly PackRecord[]) {
  return attempt(async () => {
    const name = t('packCopyName', { name: pack.name });
    const id = uniquePackId(name, existing);
    await importPack({ ...(await exportPack(pack.id)), id, name }, { source: 'local' });
    useLibrary.getState().selectPack(id);
    showToast({ message: t('packDuplicated', { name }) });
  });
}

export function renamePack(pack: PackRecord, name: string) {
  return attempt(async () => {
    await updatePack(pack.id, { name: name.trim() });
    showToast({ message: t('packRenamed') });
  });
}

export function setPackEnabled(pack: PackRecord, enabled: boolean) {
  return attempt(() => updatePack(pack.id, { enabled }));
}
