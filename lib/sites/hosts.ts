import { DEV_BUILD, TEST_BUILD } from '../build-mode';
import { SITE_CATALOG, type SiteId } from './catalog';
import { sitePatterns } from './site-info';

/**
 * The match patterns by site (the catalog's rows). The background also uses this to check that a
 * content script speaks only for its own page: a thread id `vk:…` may come from a VK page alone.
 */
export const SITE_MATCHES: Readonly<Record<SiteId, readonly string[]>> = Object.fromEntries(
  SITE_CATALOG.map((row) => [row.id, sitePatterns(row)]),
) as Partial<Record<string, readonly string[]>> as Record<SiteId, readonly string[]>;

/**
 * Where the content script runs without asking: every pattern of the catalog, plus loopback pages in
 * test and dev builds only (fixture pages, the bundled demo). Any other site — a Mastodon instance not
 * in the catalog included, and localhost in production — is enabled by the user, with an optional host
 * permission (wxt.config.ts: any http/https site) requested at that moment.
 */
export const SUPPORTED_SITE_MATCHES: string[] = Object.values<readonly string[]>(SITE_MATCHES).flat();

export const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** Production scripts never run on loopback pages: any local server (a router, a dev tool) would get them. */
export const CONTENT_SCRIPT_MATCHES = [...SUPPORTED_SITE_MATCHES, ...(TEST_BUILD || DEV_BUILD ? LOCAL_MATCHES : [])];
