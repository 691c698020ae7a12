import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSuggestIndex } from '../../lib/engine/suggest';
import { PackSchema } from '../../lib/schema/pack';

/**
 * Regression guard on labelled fixtures (the bench prints the full numbers): a change to the
 * lexicon or the weights that breaks many messages fails here.
 */
const fixtures = path.resolve(__dirname, '../fixtures');

interface Labelled {
  text: string;
  expected: string[];
}

function measure(packFile: string, messagesFile: string) {
  const pack = PackSchema.parse(JSON.parse(readFileSync(path.join(fixtures, 'packs', packFile), 'utf8')));
  const messages = readFileSync(path.join(fixtures, 'messages', messagesFile), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Labelled);
  const index = createSuggestIndex(pack.replies);
  let top3 = 0;
  let emptyWhenNothingFits = 0;
  let nothingFits = 0;
  for (const { text, expected } of messages) {
    const ids = index.suggest(text).map((s) => s.replyId);
    if (!expected.length) {
      nothingFits++;
      if (!ids.length) emptyWhenNothingFits++;
    } else if (ids.some((id) => expected.includes(id))) top3++;
  }
  return { top3: top3 / (messages.length - nothingFits), empty: emptyWhenNothingFits / nothingFits };
}

describe('suggest quality on labelled fixtures', () => {
  it('coffee-shop extra set: most messages find an expected reply, off-topic ones get none', () => {
    const { top3, empty } = measure('coffee-shop.json', 'extra.jsonl');
    expect(top3).toBeGreaterThanOrEqual(0.9);
    expect(empty).toBeGreaterThanOrEqual(0.85);
  });

  it('held-out electronics store (never tuned on) stays usable', () => {
    const { top3, empty } = measure('electronics-store.json', 'electronics-store.jsonl');
    expect(top3).toBeGreaterThanOrEqual(0.8);
    expect(empty).toBeGreaterThanOrEqual(0.4);
  });
});

describe('suggest: learning on a small library', () => {
  // A few picks per reply carry incidental words; they must not pull messages to the replies with
  // the most picks. Seeded halves of the dev set and the extra set: learn one half, ask the other.
  const read = (file: string) =>
    readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Labelled);
  const devData = path.join(fixtures, 'dev-data');
  const replies = PackSchema.parse(JSON.parse(readFileSync(path.join(devData, 'pack.json'), 'utf8'))).replies;
  const messages = [...read(path.join(devData, 'messages.jsonl')), ...read(path.join(fixtures, 'messages', 'extra.jsonl'))];
  const top1 = (index: ReturnType<typeof createSuggestIndex>, asked: readonly Labelled[]) =>
    asked.filter(({ text, expected }) => {
      const first = index.suggest(text)[0]?.replyId;
      return expected.length ? first !== undefined && expected.includes(first) : first === undefined;
    }).length;

  it('learning half of the messages does not lower top-1 on the other half (sum over seeded splits)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const cold = createSuggestIndex(replies);
    let before = 0;
    let after = 0;
    for (let split = 0; split < 8; split++) {
      const order = messages.map((m) => ({ m, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.m);
      const learned = order.slice(0, order.length >> 1);
      const asked = order.slice(learned.length);
      const picks = learned.flatMap((m) => (m.expected[0] ? [{ text: m.text, replyId: m.expected[0] }] : []));
      before += top1(cold, asked);
      after += top1(createSuggestIndex(replies, picks), asked);
    }
    expect(after).toBeGreaterThanOrEqual(before);
  });
});
