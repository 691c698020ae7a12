import { describe, expect, it, vi } from 'vitest';
import type { SiteRow } from '../../lib/sites/catalog';

/**
 * The acceptance test of "a new site = adapter + fixture + catalog row": one row added to the catalog
 * (and nothing else) shows up in the content script's matches, the trusted hosts, the platform schema,
 * the default limits, the page hints and every site label.
 */
const FAKE = vi.hoisted(
  (): SiteRow => ({
    id: 'fakesite',
    name: { ru: 'Фейкосеть', en: 'FakeNet' },
    icon: { text: 'FN', color: '#123456' },
    matches: [{ pattern: 'https://*.fakenet.example/*', samples: ['https://chat.fakenet.example/t/1'] }],
    limit: 777,
    hints: { sendButton: 'button.fake-send', threadContainers: ['.fake-thread'] },
  }),
);

vi.mock('../../lib/sites/catalog', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lib/sites/catalog')>();
  return { ...original, SITE_CATALOG: [...original.SITE_CATALOG, FAKE] };
});

const { PlatformSchema, ReplySchema } = await import('../../lib/schema/pack');
const { isPlatform, PLATFORMS } = await import('../../lib/schema/platforms');
const { BrandProfileSchema, DEFAULT_LIMITS } = await import('../../lib/schema/profile');
const { CONTENT_SCRIPT_MATCHES, SITE_MATCHES } = await import('../../lib/sites/hosts');
const { pageHintsOf } = await import('../../lib/sites/page-hints');
const { platformOf } = await import('../../lib/sites/registry');
const { catalogClaims } = await import('../../lib/sites/site-claim');
const { siteIds, siteName } = await import('../../lib/sites/site-info');
const { siteName: queueSiteName, toQueueRows } = await import('../../components/queue/queue-model');
const { platformName } = await import('../../components/options/tone/labels');

describe('a site registered by one catalog row', () => {
  it('is in the hosts: content-script matches and the background’s trusted hosts', () => {
    expect(CONTENT_SCRIPT_MATCHES).toContain('https://*.fakenet.example/*');
    expect((SITE_MATCHES as Record<string, readonly string[]>).fakesite).toEqual(['https://*.fakenet.example/*']);
    expect(catalogClaims('fakesite', new URL(FAKE.matches[0]!.samples[0]!))).toBe(true);
  });

  it('is a platform of the schema, before generic', () => {
    expect(PLATFORMS.slice(-2)).toEqual(['fakesite', 'generic']);
    expect(isPlatform('fakesite')).toBe(true);
    expect(platformOf('fakesite')).toBe('fakesite');
    expect(PlatformSchema.safeParse('fakesite').success).toBe(true);
    expect(ReplySchema.parse({ id: 'r', title: 'T', body: 'B', platforms: ['fakesite'] }).platforms).toEqual(['fakesite']);
  });

  it('has its default limit and page hints', () => {
    expect(DEFAULT_LIMITS.fakesite).toBe(777);
    expect(BrandProfileSchema.parse({}).limits.fakesite).toBe(777);
    expect(pageHintsOf('fakesite')?.sendButton).toBe('button.fake-send');
  });

  it('is named in every label', () => {
    expect(siteIds()).toContain('fakesite');
    expect(siteName('fakesite', 'ru')).toBe('Фейкосеть');
    expect(siteName('fakesite', 'en')).toBe('FakeNet');
    expect(queueSiteName('fakesite', 'ru')).toBe('Фейкосеть');
    expect(platformName('fakesite')).toBe('FakeNet');
    const policy = { timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', firstReplyMinutes: 60, nextReplyMinutes: 60 };
    const thread = { site: 'fakesite', url: 'https://chat.fakenet.example/t/1', dueAt: null, status: 'waiting', target: 'first' };
    const [row] = toQueueRows([thread] as never, policy as never, 0, 'ru');
    expect(row?.siteLabel).toBe('Фейкосеть');
  });
});
