import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIR = 'test/fixtures/pages/src';
const OUT_DIR = 'test/fixtures/pages/dist';

/**
 * Each test/fixtures/pages/src/*.tsx is an entry that mounts a real editor library from npm;
 * the HTML pages next to it load dist/<name>.js. Bundled once per test run (~1 s).
 */
export async function buildFixturePages(): Promise<void> {
  const entries = readdirSync(SOURCE_DIR)
    .filter((f) => /\.(tsx?|jsx?)$/.test(f))
    .map((f) => join(SOURCE_DIR, f));
  if (!entries.length) return;
  await build({
    entryPoints: entries,
    outdir: OUT_DIR,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
}
