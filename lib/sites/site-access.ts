import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * "Enable TrustOps on this site": the rules, without browser calls. The privacy promise is that
 * the content scripts run only on the supported sites (the manifest's matches) until the user
 * enables another site; that grant is a host permission for one scheme + host, and the overlay is
 * then registered for exactly that pattern. The background (entrypoints/background/site-access.ts)
 * makes the browser calls.
 */

/** Registrations made for user-enabled sites all carry this prefix; nothing else uses it. */
export const SITE_SCRIPT_PREFIX = 'trustops-site-';

/** A content script as the built manifest declares it: what a registration for a site repeats. */
export interface DeclaredScript {
  matches: string[];
  js: string[];
  css: string[];
  world: 'ISOLATED' | 'MAIN';
  runAt: 'document_start' | 'document_end' | 'document_idle';
  allFrames: boolean;
}

/** The fields of a dynamic registration we set and compare (a subset of scripting's type). */
export interface SiteRegistration {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
  world: 'ISOLATED' | 'MAIN';
  runAt: 'document_start' | 'document_end' | 'document_idle';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

interface ManifestContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
  world?: string;
  run_at?: string;
  all_frames?: boolean;
}

const RUN_AT = new Set(['document_start', 'document_end', 'document_idle']);

/** The manifest's content scripts (the overlay and its MAIN-world editor bridge), in manifest order. */
export function declaredScripts(manifest: { content_scripts?: unknown }): DeclaredScript[] {
  const entries = (manifest.content_scripts ?? []) as ManifestContentScript[];
  return entries
    .filter((entry) => (entry.js?.length ?? 0) + (entry.css?.length ?? 0) > 0)
    .map((entry) => ({
      matches: entry.matches ?? [],
      js: entry.js ?? [],
      css: entry.css ?? [],
      world: entry.world === 'MAIN' ? 'MAIN' : 'ISOLATED',
      runAt: RUN_AT.has(entry.run_at ?? '') ? (entry.run_at as DeclaredScript['runAt']) : 'document_idle',
      allFrames: entry.all_frames ?? false,
    }));
}

/**
 * The host permission a user grants for the site of `url`: scheme and host name, any port and
 * path (match patterns cannot name a port). Null for pages no content script may run on.
 */
export function sitePatternOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** A pattern for one whole site, as sitePatternOf makes them ("all sites" grants are not per-site). */
export function isSitePattern(pattern: string): boolean {
  return /^https?:\/\/[^/*]+\/\*$/.test(pattern);
}

/** Whether any of `matches` (the manifest's) already runs the overlay on `url`. */
export function isCoveredBy(url: string, matches: string[]): boolean {
  return matches.some((match) => {
    try {
      return new MatchPattern(match).includes(url);
    } catch {
      return false;
    }
  });
}

/** A site pattern's own address, to test it against the manifest's matches. */
export function sampleUrlOf(pattern: string): string {
  return pattern.replace(/\*$/, '');
}

/** FNV-1a: a short, stable id part (registration ids allow no ':' or '/'). */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `content-scripts/editor-bridge.js` → `editor-bridge`: tells a site's registrations apart. */
function scriptName(script: DeclaredScript, index: number): string {
  const file = script.js[0] ?? script.css[0];
  return file?.split('/').pop()?.replace(/\.[a-z]+$/i, '').replace(/[^\w-]/g, '_') || String(index);
}

/** One registration per declared script, restricted to the enabled site. */
export function registrationsFor(pattern: string, scripts: DeclaredScript[]): SiteRegistration[] {
  const site = hashOf(pattern);
  return scripts.map((script, index) => ({
    id: `${SITE_SCRIPT_PREFIX}${site}-${scriptName(script, index)}`,
    matches: [pattern],
    js: script.js,
    css: script.css,
    world: script.world,
    runAt: script.runAt,
    allFrames: script.allFrames,
    persistAcrossSessions: true,
  }));
}

/** Whether a registration the browser holds still matches what this build would register. */
export function isSameRegistration(held: Partial<SiteRegistration>, wanted: SiteRegistration): boolean {
  const same = (a: string[] | undefined, b: string[]) => (a ?? []).join('\n') === b.join('\n');
  return (
    same(held.matches, wanted.matches) &&
    same(held.js, wanted.js) &&
    same(held.css, wanted.css) &&
    (held.world ?? 'ISOLATED') === wanted.world &&
    (held.runAt ?? 'document_idle') === wanted.runAt &&
    (held.allFrames ?? false) === wanted.allFrames
  );
}
