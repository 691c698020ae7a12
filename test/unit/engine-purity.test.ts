import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/engine is shared by the background, the content script, the CLI and the benches: it may use
 * no browser, DOM or Node globals. A stray `process.env` switch, for one, throws
 * "process is not defined" in the service worker and silently takes every handler down.
 */
const FORBIDDEN: [RegExp, string][] = [
  [/\bprocess\s*\./, 'Node `process`'],
  [/\b(?:window|document|navigator|localStorage|indexedDB)\s*\./, 'a DOM/browser global'],
  [/\bchrome\s*\.\s*\w/, 'the `chrome` extension API'],
  [/from\s+['"](?:webextension-polyfill|dexie|node:[\w/]+|fs|path)['"]/, 'a browser/storage/Node module'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Line comments and block comments may mention these names; only code counts. */
function codeOf(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('lib/engine stays pure', () => {
  const files = sourceFiles('lib/engine');
  it('has source files to check', () => expect(files.length).toBeGreaterThan(20));
  it.each(files)('%s uses no browser, DOM or Node globals', (file) => {
    const code = codeOf(readFileSync(file, 'utf8'));
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, what]) => what);
    expect(found, `${file} uses ${found.join(', ')}`).toEqual([]);
  });
});
