import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSuggestIndex, LEARNED_MODEL_VERSION, type Pick } from '../../lib/engine/suggest';
import { PackSchema } from '../../lib/schema/pack';

// The coffee-shop development pack and its labelled messages as picks: enough to train the model.
const fixtures = path.resolve(__dirname, '../fixtures');
const replies = PackSchema.parse(JSON.parse(readFileSync(path.join(fixtures, 'dev-data/pack.json'), 'utf8'))).replies;
const labelled = readFileSync(path.join(fixtures, 'dev-data/messages.jsonl'), 'utf8')
  .split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as { text: string; expected: string[] });
const picks: Pick[] = labelled.flatMap((m) => (m.expected[0] ? [{ text: m.text, replyId: m.expected[0] }] : []));
const asked = readFileSync(path.join(fixtures, 'messages/extra.jsonl'), 'utf8')
  .split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string }).text);

const rankings = (index: ReturnType<typeof createSuggestIndex>) => asked.map((text) => index.suggest(text));

describe('suggest: the learned model is stored and reused', () => {
  it('an index given the stored model of the same library and picks ranks exactly as the trained one', () => {
    const trained = createSuggestIndex(replies, picks);
    const stored = trained.learned();
    expect(stored?.version).toBe(LEARNED_MODEL_VERSION);
    expect(stored!.weights.featureIds.length).toBeGreaterThan(0);
    // Through structured clone, as IndexedDB stores it.
    const reused = createSuggestIndex(replies, picks, structuredClone(stored));
    expect(rankings(reused)).toEqual(rankings(trained));
    expect(reused.learned()).toEqual(stored);
  });

  it('a stored model is not used for another library, other picks or another version', () => {
    const stored = createSuggestIndex(replies, picks).learned()!;
    // A model that learned nothing would rank like a library without picks: make the stored one
    // recognisable by training it on picks pointing at the wrong replies.
    const shuffled = picks.map((p, i) => ({ ...p, replyId: picks[(i + 7) % picks.length]!.replyId }));
    const wrong = createSuggestIndex(replies, shuffled).learned()!;
    const moreOnePick = [...picks, { text: 'а молоко овсяное есть?', replyId: picks[0]!.replyId }];
    const fresh = createSuggestIndex(replies, moreOnePick);
    expect(rankings(createSuggestIndex(replies, moreOnePick, { ...wrong, fingerprint: stored.fingerprint }))).toEqual(rankings(fresh));
    const edited = replies.map((r, i) => (i === 0 ? { ...r, title: `${r.title}!` } : r));
    expect(rankings(createSuggestIndex(edited, picks, stored))).toEqual(rankings(createSuggestIndex(edited, picks)));
    const wrongForSame = { ...wrong, fingerprint: stored.fingerprint };
    expect(rankings(createSuggestIndex(replies, picks, { ...wrongForSame, version: LEARNED_MODEL_VERSION + 1 })))
      .toEqual(rankings(createSuggestIndex(replies, picks)));
    // The same fingerprint is trusted: the wrong weights are used (this is what makes the checks above meaningful).
    expect(rankings(createSuggestIndex(replies, picks, wrongForSame))).not.toEqual(rankings(createSuggestIndex(replies, picks)));
  });

  it('a pick learned after the build is part of what the stored model says it learned', () => {
    const index = createSuggestIndex(replies, picks);
    const extra = { text: 'а молоко овсяное есть?', replyId: picks[0]!.replyId };
    index.learn(extra);
    const stored = index.learned()!;
    const next = createSuggestIndex(replies, [...picks, extra], structuredClone(stored));
    expect(rankings(next)).toEqual(rankings(index));
  });
});
