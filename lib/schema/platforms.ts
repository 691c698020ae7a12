import { SITE_CATALOG, type SiteId } from '../sites/catalog';

/**
 * Platform ids: the site catalog's ids (lib/sites/catalog.ts) plus `generic`, any other page. Kept
 * free of zod so the content script can use them without bundling zod (its size and start-up cost
 * count on every page load). PlatformSchema (pack.ts) is built from this list.
 */
export type PlatformId = SiteId | 'generic';

export const PLATFORMS = [...SITE_CATALOG.map((row) => row.id), 'generic'] as readonly PlatformId[] as readonly [
  PlatformId,
  ...PlatformId[],
];

export function isPlatform(value: string): value is PlatformId {
  return (PLATFORMS as readonly string[]).includes(value);
}
