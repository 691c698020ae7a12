import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSuggestIndex, type Pick } from '../../lib/engine/suggest';
import type { Reply } from '../../lib/schema/pack';
import { TrustOpsDb } from '../../lib/storage/db';
import { clearLearnedModel, loadLearnedModel, saveLearnedModel } from '../../lib/storage/models';

let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`models-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const reply = (id: string, title: string, body: string): Reply => ({ id, title, body, tags: [], examples: [], platforms: [], lang: 'en' });
const replies = [
  reply('refund', 'Refund', 'Your money comes back within five days.'),
  reply('delivery', 'Delivery time', 'Orders arrive within two days.'),
];
const picks: Pick[] = [
  ['where is my money back', 'refund'], ['i want my cash returned', 'refund'], ['give me back what i paid', 'refund'],
  ['when will the parcel come', 'delivery'], ['my package is not here yet', 'delivery'], ['how long does shipping take', 'delivery'],
].map(([text, replyId]) => ({ text: text!, replyId: replyId! }));

describe('stored suggestion model', () => {
  it('is stored, read back through the row guard and reused by the next build', async () => {
    const trained = createSuggestIndex(replies, picks);
    const learned = trained.learned()!;
    expect(await saveLearnedModel(learned, database)).toBe(true);
    const loaded = await loadLearnedModel(database);
    expect(loaded).toEqual(learned);
    const reused = createSuggestIndex(replies, picks, loaded);
    for (const text of ['money returned?', 'parcel still not here']) expect(reused.suggest(text)).toEqual(trained.suggest(text));
  });

  it('a malformed stored row is skipped (train again), not an error', async () => {
    await database.models.put({ id: 'suggest', version: 1, fingerprint: 'x', weights: { featureIds: [1] }, judged: [], at: 0 } as never);
    expect(await loadLearnedModel(database)).toBeUndefined();
  });

  it('can be dropped', async () => {
    await saveLearnedModel(createSuggestIndex(replies, picks).learned()!, database);
    await clearLearnedModel(database);
    expect(await loadLearnedModel(database)).toBeUndefined();
  });
});
