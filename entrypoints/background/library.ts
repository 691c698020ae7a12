import type { Handlers } from '../../lib/messaging/server';
import {
  createPack, deletePack, deleteReply, importPack, restorePack, restoreReplies, saveReply, updatePack,
} from '../../lib/storage/library';

/**
 * The Library's writes, made here for the extension's pages (lib/storage/library-writes.ts): the
 * background is the database's only writer. Requests are validated by lib/schema/messages.ts and
 * refused to content scripts by lib/messaging/authorize.ts.
 */
export const libraryHandlers: Pick<
  Handlers,
  | 'library.import' | 'library.createPack' | 'library.updatePack' | 'library.saveReply' | 'library.deleteReply'
  | 'library.restoreReplies' | 'library.deletePack' | 'library.restorePack'
> = {
  'library.import': async ({ pack, origin }) => importPack(pack, origin),
  'library.createPack': async ({ name, id }) => createPack(name, id),
  'library.updatePack': async ({ id, changes }) => (await updatePack(id, changes), { ok: true }),
  'library.saveReply': async ({ packId, reply }) => saveReply(packId, reply),
  'library.deleteReply': async ({ packId, id }) => ({ removed: (await deleteReply(packId, id)) ?? null }),
  'library.restoreReplies': async ({ records }) => (await restoreReplies(records), { ok: true }),
  'library.deletePack': async ({ id }) => ({ snapshot: (await deletePack(id)) ?? null }),
  'library.restorePack': async ({ snapshot }) => (await restorePack(snapshot), { ok: true }),
};
