import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { PlatformSchema } from '../../lib/schema/pack';
import { PLATFORMS } from '../../lib/schema/platforms';
import { DEFAULT_LIMITS } from '../../lib/schema/profile';
import { SITE_CATALOG, type SiteRow } from '../../lib/sites/catalog';
import { SITE_MATCHES, SUPPORTED_SITE_MATCHES } from '../../lib/sites/hosts';
import { pageHintsOf } from '../../lib/sites/page-hints';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import { catalogClaims, hostOfPatternMatches } from '../../lib/sites/site-claim';
import { siteName } from '../../lib/sites/site-info';

const rows: readonly SiteRow[] = SITE_CATALOG;

/** Addresses one character or one scheme away from the pattern's host: none may match. */
function nearMisses(pattern: string): string[] {
  const host = /^https:\/\/([^/]+)\//.exec(pattern)![1]!.replace(/^\*\./, '');
  return [
    `http://${host}/`, // wrong scheme
    `https://not${host}/`, // a look-alike ending in the host
    `https://${host}.evil.example/`, // the host as a prefix of another
    `https://${host.replace(/\.[a-z]+$/, '.example')}/`, // another top-level domain
    `https://evil.example/?u=https://${host}/`, // the host in the query only
  ];
}

describe('the site catalog', () => {
  it('keeps the platform ids of DESIGN.md, generic last', () => {
    expect(PLATFORMS).toEqual(['vk', 'telegram', 'x', 'instagram', 'facebook', 'youtube', 'linkedin', 'mastodon', 'generic']);
    expect(PlatformSchema.options).toEqual([...PLATFORMS]);
  });

  it('has unique ids, and a name in both languages, an icon and page hints per row', () => {
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(row.name.ru && row.name.en, row.id).toBeTruthy();
      expect(row.icon.text, row.id).toBeTruthy();
      expect(row.icon.color, row.id).toMatch(/^#[0-9a-f]{6}$/);
      expect(row.hints.threadContainers.length, row.id).toBeGreaterThan(0);
      expect(row.matches.length, row.id).toBeGreaterThan(0);
    }
  });

  it('matches every sample URL with its pattern', () => {
    for (const row of rows)
      for (const { pattern, samples } of row.matches) {
        expect(samples.length, pattern).toBeGreaterThan(0);
        const matcher = new MatchPattern(pattern);
        for (const sample of samples) expect(matcher.includes(sample), `${pattern} ⊇ ${sample}`).toBe(true);
      }
  });

  it('matches no near-miss with any pattern of the site', () => {
    for (const row of rows)
      for (const { pattern } of row.matches)
        for (const miss of nearMisses(pattern)) {
          const hit = row.matches.find((match) => new MatchPattern(match.pattern).includes(miss));
          expect(hit?.pattern, `${row.id}: ${miss}`).toBeUndefined();
        }
  });

  it('gives each sample to its own adapter and to no other', () => {
    expect(SITE_ADAPTERS.map((adapter) => adapter.id)).toEqual(rows.map((row) => row.id));
    for (const row of rows)
      for (const { samples } of row.matches)
        for (const sample of samples) {
          const url = new URL(sample);
          const claimedBy = SITE_ADAPTERS.filter((adapter) => adapter.matches(url)).map((adapter) => adapter.id);
          expect(claimedBy, sample).toEqual([row.id]);
        }
  });

  it('claims by host, subdomains only for wildcard patterns', () => {
    expect(hostOfPatternMatches('https://*.vk.com/*', 'vk.com')).toBe(true);
    expect(hostOfPatternMatches('https://*.vk.com/*', 'id.m.vk.com')).toBe(true);
    expect(hostOfPatternMatches('https://*.vk.com/*', 'notvk.com')).toBe(false);
    expect(hostOfPatternMatches('https://x.com/*', 'www.x.com')).toBe(false);
    expect(catalogClaims('youtube', new URL('https://youtube.com.evil.example/watch?v=1'))).toBe(false);
    expect(catalogClaims('unknown', new URL('https://vk.com/'))).toBe(false);
  });

  it('derives hosts, limits, hints and labels from the rows', () => {
    for (const row of rows) {
      expect(SITE_MATCHES[row.id as keyof typeof SITE_MATCHES]).toEqual(row.matches.map((match) => match.pattern));
      expect(DEFAULT_LIMITS[row.id]).toBe(row.limit ?? undefined);
      expect(pageHintsOf(row.id)).toBe(row.hints);
      expect(siteName(row.id, 'ru')).toBe(row.name.ru);
      expect(siteName(row.id, 'en')).toBe(row.name.en);
    }
    expect(SUPPORTED_SITE_MATCHES).toEqual(rows.flatMap((row) => row.matches.map((match) => match.pattern)));
    // Public contract (DESIGN.md "limits": { "x": 280 }); generic is never checked for length.
    expect(DEFAULT_LIMITS.x).toBe(280);
    expect(DEFAULT_LIMITS.generic).toBeUndefined();
    expect(siteName('generic', 'en')).toBeUndefined();
  });
});
