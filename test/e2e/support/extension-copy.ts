import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';

/**
 * A copy of the test build whose manifest also holds `hostPermissions` (and `permissions`).
 * Playwright cannot answer the browser's permission prompt: an origin granted at install stands
 * for the user's "Allow", and `permissions.request` for it resolves true without a prompt, so the
 * extension's real buttons run their whole path. The caller removes the folder.
 */
export function extensionCopyGranting(hostPermissions: string[], permissions: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'trustops-granted-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[]; permissions: string[] };
  manifest.host_permissions = hostPermissions;
  manifest.permissions = [...manifest.permissions, ...permissions];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
