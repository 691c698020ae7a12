#!/usr/bin/env node
// Run by `npm run test:e2e` after both builds: the code that runs in supported pages (every
// content script, and the tone engine the overlay imports into its own world) must not carry
// zod, luxon or Dexie. They belong to the background and the extension's pages; in a content
// script they would cost every page load and, for Dexie, open the host page's IndexedDB.
// Usage: node test/checks/content-bundle.mjs [output dir] (default: $TRUSTOPS_OUT_DIR or .output).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text each library leaves in a minified bundle (names it keeps as strings, its own messages). */
const SIGNATURES = {
  zod: [/\$?ZodError\b/, /\._zod\.def\b/],
  luxon: [/Invalid DateTime/, /\binvalidExplanation\b/],
  Dexie: [/\bDexieError\b/, /\bDatabaseClosedError\b/, /Dexie\.Promise/],
};

const outDir = process.argv[2] ?? process.env.TRUSTOPS_OUT_DIR ?? '.output';
const builds = existsSync(outDir) ? readdirSync(outDir).filter((name) => /^chrome-mv3/.test(name)) : [];

const files = builds.flatMap((build) => {
  const dir = join(outDir, build, 'content-scripts');
  const scripts = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => join(dir, name)) : [];
  const engine = join(outDir, build, 'tone-engine.js');
  return existsSync(engine) ? [...scripts, engine] : scripts;
});

if (!files.some((file) => file.includes('content-scripts'))) {
  console.error(`content-bundle: no built content scripts in ${outDir}/chrome-mv3*/content-scripts/ (run the builds first)`);
  process.exit(1);
}

const found = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const [library, patterns] of Object.entries(SIGNATURES)) {
    const hit = patterns.find((pattern) => pattern.test(text));
    if (hit) found.push(`${file} contains ${library} (matched ${hit})`);
  }
}

if (found.length) {
  console.error('content-bundle: the code that runs in supported pages must not include zod, luxon or Dexie:');
  for (const line of found) console.error(`  ${line}`);
  console.error('Keep those imports out of entrypoints/*.content and what they import (type-only imports are fine).');
  process.exit(1);
}
console.log(`content-bundle: ${files.length} files in ${builds.join(', ')} carry no zod, luxon or Dexie`);
