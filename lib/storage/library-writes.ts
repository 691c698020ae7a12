import { request } from '../messaging/client';
import type { Pack, Reply } from '../schema/pack';
import type { PackRecord, ReplyRecord } from '../schema/storage';
import type { ToneRule } from '../schema/rules';
import type { ImportResult, PackSnapshot } from './library';

/**
 * The Library's writes as the extension's pages make them: requests to the background, the only
 * writer of the database (its handlers call lib/storage/library.ts). Same names and answers as
 * there, so a page changes its import and nothing else. Reads stay direct.
 */

export function importPack(pack: Pack, origin: { source: PackRecord['source']; url?: string } = { source: 'file' }): Promise<ImportResult> {
  return request({ type: 'library.import', pack, origin });
}

export function createPack(name: string, id: string): Promise<PackRecord> {
  return request({ type: 'library.createPack', name, id });
}

export async function updatePack(id: string, changes: { name?: string; enabled?: boolean; rules?: ToneRule[] }): Promise<void> {
  await request({ type: 'library.updatePack', id, changes });
}

export function saveReply(packId: string, reply: Reply): Promise<ReplyRecord> {
  return request({ type: 'library.saveReply', packId, reply });
}

export async function deleteReply(packId: string, id: string): Promise<ReplyRecord | undefined> {
  return (await request({ type: 'library.deleteReply', packId, id })).removed ?? undefined;
}

export async function restoreReplies(records: ReplyRecord[]): Promise<void> {
  await request({ type: 'library.restoreReplies', records });
}

export async function deletePack(id: string): Promise<PackSnapshot | undefined> {
  return (await request({ type: 'library.deletePack', id })).snapshot ?? undefined;
}

export async function restorePack(snapshot: PackSnapshot): Promise<void> {
  await request({ type: 'library.restorePack', snapshot });
}
