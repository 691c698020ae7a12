import { DEV_BUILD, TEST_BUILD } from '../build-mode';
import type { PlatformId } from '../schema/platforms';

/**
 * The sites by platform (the adapter ids). The background also uses this to check that a content
 * script speaks only for its own page: a thread id `vk:…` may come from a VK page alone.
 */
export const SITE_MATCHES = {
  // VK moved part of its traffic to vk.ru; both serve the same app.
  vk: ['https://vk.com/*', 'https://*.vk.com/*', 'https://vk.ru/*', 'https://*.vk.ru/*'],
  telegram: ['https://web.telegram.org/*'],
  x: ['https://x.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://www.twitter.com/*', 'https://mobile.twitter.com/*'],
  instagram: ['https://instagram.com/*', 'https://www.instagram.com/*'],
  facebook: ['https://facebook.com/*', 'https://www.facebook.com/*', 'https://messenger.com/*', 'https://www.messenger.com/*'],
  youtube: ['https://youtube.com/*', 'https://www.youtube.com/*', 'https://m.youtube.com/*'],
  linkedin: ['https://linkedin.com/*', 'https://www.linkedin.com/*'],
  // Mastodon instances the adapter knows by name (lib/sites/mastodon.ts KNOWN_HOSTS); any other
  // instance is found by its markup once the user enables it.
  mastodon: ['https://mastodon.social/*', 'https://mastodon.online/*', 'https://mstdn.social/*', 'https://mas.to/*', 'https://fosstodon.org/*'],
} as const satisfies Partial<Record<PlatformId, readonly string[]>>;

/**
 * Where the content script runs without asking: every host a site adapter claims by URL (keep in
 * step with the adapters' `matches`), plus loopback pages in test and dev builds only (fixture pages,
 * the bundled demo). Any other site — a Mastodon instance not listed here included, and localhost in
 * production — is enabled by the user, with an optional host permission requested at that moment.
 */
export const SUPPORTED_SITE_MATCHES: string[] = Object.values(SITE_MATCHES).flat();

export const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** Production scripts never run on loopback pages: any local server (a router, a dev tool) would get them. */
export const CONTENT_SCRIPT_MATCHES = [...SUPPORTED_SITE_MATCHES, ...(TEST_BUILD || DEV_BUILD ? LOCAL_MATCHES : [])];
