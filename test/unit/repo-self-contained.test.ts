import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm test` passes on a fresh clone: no test reads the development data that lives beside the
 * repository in the project's workspace (`../shared`). What the tests need is copied into
 * test/fixtures (dev-data/ names its origin). Benches (test/bench) may read `../shared` when it is
 * there and skip without it; they are not part of `npm test`.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const TEST_TREES = ['test/unit', 'test/e2e', 'test/firefox', 'test/fixtures'];
const OUTSIDE = /shared\/data|\.\.\/shared['"/]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

describe('the repository carries every file its tests read', () => {
  it('no test source refers to ../shared', () => {
    const self = resolve(import.meta.filename);
    const offenders = TEST_TREES.flatMap((tree) => sources(resolve(repoRoot, tree)))
      .filter((file) => file !== self && OUTSIDE.test(readFileSync(file, 'utf8')))
      .map((file) => relative(repoRoot, file));
    expect(offenders).toEqual([]);
  });

  it('the copied development data is there', () => {
    for (const name of ['drafts.jsonl', 'messages.jsonl', 'pack.json', 'allowed.json', 'README.md'])
      expect(readFileSync(resolve(repoRoot, 'test/fixtures/dev-data', name), 'utf8').length, name).toBeGreaterThan(0);
  });
});
