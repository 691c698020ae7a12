import { describe, expect, it } from 'vitest';
import { BrandProfileSchema, DEFAULT_PROFILE } from '../../lib/schema/profile';

describe('BrandProfileSchema', () => {
  it('fills every key with defaults', () => {
    expect(DEFAULT_PROFILE.addressForm).toBe('vy');
    expect(DEFAULT_PROFILE.limits.x).toBe(280);
    expect(DEFAULT_PROFILE.limits.telegram).toBe(4096);
    expect(DEFAULT_PROFILE.allowedDomains).toEqual([]);
  });
  it('merges limits over the defaults and normalises domains', () => {
    const profile = BrandProfileSchema.parse({ limits: { telegram: 1000 }, allowedDomains: ['https://www.Brand.ru/path'], extra: 1 });
    expect(profile.limits).toMatchObject({ x: 280, telegram: 1000 });
    expect(profile.allowedDomains).toEqual(['brand.ru']);
  });
  it('rejects invalid values with a path', () => {
    const parsed = BrandProfileSchema.safeParse({ addressForm: 'they', severities: { insult: 'loud' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['addressForm', 'severities.insult']);
  });
});
