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
