import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The background is the only writer of the database: pages (options, popup, side panel, queue) and
 * content scripts read, and ask the background to write through validated messages
 * (lib/schema/messages.ts). This reads every import of components/ and entrypoints/ outside the
 * background and refuses the storage layer's writers, and the database handle itself.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** lib/storage modules → the exports that write to the database. */
const WRITERS: Record<string, string[]> = {
  'lib/storage/db': ['db', 'TrustOpsDb'],
  'lib/storage/library': [
    'importPack', 'createPack', 'updatePack', 'saveReply', 'deleteReply', 'restoreReplies', 'deletePack', 'restorePack', 'recordPick',
  ],
  'lib/storage/settings': ['saveSettings'],
  'lib/storage/sync': ['pushSettings', 'pullSyncedSettings'],
  'lib/storage/sync-retry': ['createSyncPusher'],
  'lib/storage/tone': ['ignoreInThread', 'ignoreAlways', 'recordSendAnyway'],
  'lib/storage/threads': ['ingestSnapshot', 'actOnThread', 'recompute', 'recomputeWaiting'],
  'lib/storage/retention': ['applyRetention'],
  'lib/storage/upgrades': ['upgradeToV2'],
  'lib/storage/backup': ['restoreBackup'],
  'lib/storage/restore-undo': ['keepBeforeRestore', 'forgetBeforeRestore'],
  'lib/storage/backup-restore': ['restoreFromText', 'undoLastRestore'],
  'lib/storage/ideas': ['saveIdea', 'updateIdea', 'deleteIdea', 'restoreIdea', 'markDoneDraft'],
  'lib/storage/crisis-log': ['recordCrisisReplies'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const pageFiles = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints'))].filter(
  (path) => !relative(ROOT, path).startsWith('entrypoints/background'),
);

/** `import { a, b as c, type D } from '…'` → [module path from the root, imported names]. */
function importsOf(file: string, text = readFileSync(file, 'utf8')): { module: string; names: string[] }[] {
  const found: { module: string; names: string[] }[] = [];
  for (const match of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    if (match[1] || !match[3]!.startsWith('.')) continue; // type-only imports write nothing
    const module = relative(ROOT, resolve(file, '..', match[3]!)).replace(/\.(ts|tsx)$/, '');
    const names = match[2]!
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith('type '))
      .map((part) => part.split(/\s+as\s+/)[0]!.trim());
    found.push({ module, names });
  }
  return found;
}

function offendersIn(file: string, text?: string): string[] {
  return importsOf(file, text).flatMap(({ module, names }) =>
    names.filter((name) => WRITERS[module]?.includes(name)).map((name) => `${relative(ROOT, file)}: ${name} from ${module}`),
  );
}

describe('the background is the only database writer', () => {
  it('finds the pages to check', () => {
    expect(pageFiles.length).toBeGreaterThan(50);
  });

  it('no page or content script imports a storage writer or the database handle', () => {
    expect(pageFiles.flatMap((file) => offendersIn(file))).toEqual([]);
  });

  it('the check sees a writer when there is one', () => {
    const file = join(ROOT, 'components/options/probe.ts');
    const text = `import { loadSettings, saveSettings as save } from '../../lib/storage/settings';
import type { Settings } from '../../lib/schema/settings';
import { listPacks, type PackSnapshot, deletePack } from '../../lib/storage/library';`;
    expect(offendersIn(file, text)).toEqual([
      'components/options/probe.ts: saveSettings from lib/storage/settings',
      'components/options/probe.ts: deletePack from lib/storage/library',
    ]);
  });
});
