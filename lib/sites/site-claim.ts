import { siteRow, sitePatterns } from './site-info';

/**
 * Whether `hostname` is a host of the match pattern (`https://*.vk.com/*` → vk.com and its
 * subdomains). Scheme and path are the content script's business, not the adapter's: an adapter
 * claims a page by host, as the manifest's matches do.
 */
export function hostOfPatternMatches(pattern: string, hostname: string): boolean {
  const host = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1];
  if (!host) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}

/** An adapter's URL claim, from its catalog row: the page's host is one of the row's patterns' hosts. */
export function catalogClaims(siteId: string, url: URL): boolean {
  const row = siteRow(siteId);
  return !!row && sitePatterns(row).some((pattern) => hostOfPatternMatches(pattern, url.hostname));
}
