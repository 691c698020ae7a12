import { createSuggestIndex, labelDuplicates, type SuggestIndex } from '../../lib/engine/suggest';
import type { Platform } from '../../lib/schema/pack';
import type { SuggestedReply } from '../../lib/schema/messages';
import type { ReplyRecord } from '../../lib/schema/storage';
import { activeReplies, listPacks, listPicks } from '../../lib/storage/library';
import { loadLearnedModel, saveLearnedModel } from '../../lib/storage/models';
import { crisisSuggestions } from './crisis-suggestions';

/**
 * The ranking index over every enabled pack, built lazily and dropped when the library changes.
 * Reply ids are only unique inside a pack, so the index sees "packId/replyId" keys.
 * The learned model is stored (Dexie table `models`) with a fingerprint of the replies and picks
 * it learned: a background woken with the same library takes it instead of training again; any
 * change of replies or picks trains anew. Picks made after the build are learned at once, without
 * a rebuild, and the model is stored again when the background next goes idle (see storeSoon).
 */
interface Built {
  index: SuggestIndex;
  byKey: Map<string, ReplyRecord>;
  packNames: Map<string, string>;
}

const keyOf = (packId: string, replyId: string) => `${packId}\u0001${replyId}`;
let building: Promise<Built> | undefined;

async function build(): Promise<Built> {
  const [replies, picks, packs, stored] = await Promise.all([activeReplies(), listPicks(), listPacks(), loadStored()]);
  const byKey = new Map(replies.map((r) => [keyOf(r.packId, r.id), r]));
  const index = createSuggestIndex(
    replies.map((r) => ({ ...r, id: keyOf(r.packId, r.id) })),
    picks.map((p) => ({ text: p.text, replyId: keyOf(p.packId, p.replyId) })),
    stored,
  );
  if (index.learned()?.fingerprint !== stored?.fingerprint) storeSoon(index);
  return { index, byKey, packNames: new Map(packs.map((p) => [p.id, p.name])) };
}

/** A stored model that cannot be read is only a cache: train anew. */
const loadStored = () => loadLearnedModel().catch(() => undefined);

let storeTimer: ReturnType<typeof setTimeout> | undefined;
/**
 * Stores the index's model a moment later, once: several picks in a row are stored together, and
 * the copy of the weights is not made while the user waits for suggestions. A failed write (a
 * full quota) only means training again at the next build.
 */
function storeSoon(index: SuggestIndex): void {
  clearTimeout(storeTimer);
  storeTimer = setTimeout(() => {
    const learned = index.learned();
    if (learned) void saveLearnedModel(learned).catch(() => false);
  }, 2_000);
}

export function invalidateSuggestions(): void {
  building = undefined;
  crisisIndex = undefined;
}

/** The crisis playbook and the enabled packs' crisis replies, ranked on their own (crisis-suggestions.ts). */
let crisisIndex: ReturnType<typeof crisisSuggestions> | undefined;

export async function suggest(text: string, platform: Platform, k: number): Promise<SuggestedReply[]> {
  // A failed build (the database could not be read) is not kept: the next request tries again.
  const attempt = (building ??= build());
  attempt.catch(() => {
    if (building === attempt) building = undefined;
  });
  const { index, byKey, packNames } = await attempt;
  const found = index.suggest(text, { k, platform }).flatMap(({ replyId, score }) => {
    const record = byKey.get(replyId);
    if (!record) return [];
    const { updatedAt: _u, ...reply } = record;
    return [{ ...reply, score }];
  });
  // In a crisis the playbook's holding statements lead the list.
  const crisis = (crisisIndex ??= crisisSuggestions([...byKey.values()]));
  const ordered = await crisis.order(text, platform, k, found);
  // The same reply from two packs: each copy says which pack it is from.
  return labelDuplicates(ordered, (packId) => packNames.get(packId) ?? crisis.packName(packId) ?? packId);
}

/** Teaches the live index at once, without a rebuild (the pick is stored separately). */
export async function learn(text: string, packId: string, replyId: string): Promise<void> {
  if (!building) return; // the next build reads the stored pick
  const { index } = await building;
  index.learn({ text, replyId: keyOf(packId, replyId) });
  storeSoon(index);
}
