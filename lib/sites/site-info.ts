import { SITE_CATALOG, type SiteRow } from './catalog';

/**
 * Look-ups in the site catalog. They read the table at call time, so whatever derives from them
 * follows the catalog (the fake-site test in test/unit/site-catalog-register.test.ts relies on it).
 */

/** The languages a site name exists in; the caller passes the interface language. */
export type SiteLang = 'ru' | 'en';

const rows = (): readonly SiteRow[] => SITE_CATALOG;

export function siteRow(id: string): SiteRow | undefined {
  return rows().find((row) => row.id === id);
}

/** The supported sites' ids, in catalog order. */
export function siteIds(): string[] {
  return rows().map((row) => row.id);
}

/** The display name of a supported site (vk → «ВКонтакте» / "VK"); undefined for any other id. */
export function siteName(id: string, lang: SiteLang): string | undefined {
  return siteRow(id)?.name[lang];
}

/** The catalog's default length limits by site id; sites without one are never checked for length. */
export function catalogLimits(): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const row of rows()) if (row.limit !== null) limits[row.id] = row.limit;
  return limits;
}

/** Every match pattern of a site, in catalog order. */
export function sitePatterns(row: SiteRow): string[] {
  return row.matches.map((match) => match.pattern);
}
