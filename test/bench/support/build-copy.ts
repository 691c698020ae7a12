import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The files a manifest names that Chromium needs to start the extension and its content scripts. */
function namedFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  return [
    manifest.background?.service_worker ?? '',
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
  ].filter(Boolean);
}

/**
 * Copies the built extension, avoiding a build in progress (others rebuild .output on this machine):
 * the manifest must be a little older than now and unchanged by the end of the copy, and every
 * file it names must be in the copy.
 */
export async function copyBuild(from: string, to: string, attempts = 15): Promise<void> {
  const manifest = join(from, 'manifest.json');
  for (let attempt = 0; attempt < attempts; attempt++) {
    const before = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
    if (before && Date.now() - before > 2000) {
      rmSync(to, { recursive: true, force: true });
      cpSync(from, to, { recursive: true });
      const unchanged = existsSync(manifest) && statSync(manifest).mtimeMs === before;
      if (unchanged && namedFiles(to).every((file) => existsSync(join(to, file)))) return;
    }
    await sleep(1000);
  }
  throw new Error(`${from} kept changing (a build in progress?): try again`);
}
