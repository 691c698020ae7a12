import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createToneChecker, type CheckOptions } from '../../lib/engine/tone';
import type { BrandProfileInput } from '../../lib/schema/profile';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const zernoiparProfile = JSON.parse(
  readFileSync(resolve(repoRoot, 'test/fixtures/tone/zernoipar-profile.json'), 'utf8'),
) as BrandProfileInput;

export const checker = createToneChecker(zernoiparProfile);

/** Sorted distinct categories found in a text. */
export function categories(text: string, options?: CheckOptions): string[] {
  return [...new Set(checker.check(text, options).map((f) => f.category))].sort();
}

export interface LabelledDraft {
  id: string;
  text: string;
  platform?: string;
  kind?: 'reply' | 'post';
  expected: string[];
}

export function readDrafts(file: string): LabelledDraft[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledDraft);
}
