/**
 * `npm run bench`: runs every test/bench/*.bench.ts in one process, in name order, so that each
 * suite's ratios compare implementations measured in the same run on the same machine.
 * `npm run bench -- suggest` runs only the suites whose file name contains "suggest".
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const suites = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();
for (const file of suites) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench: () => Promise<void> };
  await mod.bench();
}
