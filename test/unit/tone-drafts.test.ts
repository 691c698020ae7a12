import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checker, readDrafts, repoRoot, type LabelledDraft } from './tone-helpers';

/** Per-category precision/recall of draft-level category sets, and blocks on clean drafts. */
function score(drafts: LabelledDraft[]) {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (category: string) => counts.get(category) ?? counts.set(category, { tp: 0, fp: 0, fn: 0 }).get(category)!;
  let cleanBlocked = 0;
  for (const draft of drafts) {
    const findings = checker.check(draft.text, { platform: draft.platform, kind: draft.kind });
    const found = new Set(findings.map((f) => f.category));
    for (const category of found) count(category)[draft.expected.includes(category) ? 'tp' : 'fp']++;
    for (const category of draft.expected) if (!found.has(category)) count(category).fn++;
    if (!draft.expected.length && findings.some((f) => f.severity === 'block')) cleanBlocked++;
  }
  return { counts, cleanBlocked };
}

describe.each([
  ['dev drafts', resolve(repoRoot, 'test/fixtures/dev-data/drafts.jsonl'), 0.9],
  ['extra drafts', resolve(repoRoot, 'test/fixtures/tone/drafts-extra.jsonl'), 0.85],
])('%s', (_name, file, floor) => {
  const drafts = readDrafts(file);
  const { counts, cleanBlocked } = score(drafts);
  it(`has precision and recall ≥ ${floor} in every category`, () => {
    for (const [category, { tp, fp, fn }] of counts) {
      expect(tp / (tp + fp || 1), `${category} precision`).toBeGreaterThanOrEqual(floor);
      expect(tp / (tp + fn || 1), `${category} recall`).toBeGreaterThanOrEqual(floor);
    }
  });
  it('gives no block-level finding on clean drafts', () => {
    expect(cleanBlocked).toBe(0);
  });
});
