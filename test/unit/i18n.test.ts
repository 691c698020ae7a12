import { describe, expect, it } from 'vitest';
import { plural, resolveLang } from '../../lib/i18n/lang';
import * as en from '../../lib/i18n/locales/en';
import * as ru from '../../lib/i18n/locales/ru';
import { overlayTranslator } from '../../lib/i18n/overlay';
import { createOptionsTranslator } from '../../lib/i18n/options';
import { pluralText } from '../../lib/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('resolveLang', () => {
  it('lets the setting win over any browser', () => {
    expect(resolveLang('en', ['ru-RU'])).toBe('en');
    expect(resolveLang('ru', ['de-DE', 'en-US'])).toBe('ru');
  });
  it('reads Russian for ru/be/uk/kk browsers and English for everyone else', () => {
    for (const tag of ['ru', 'ru-RU', 'be-BY', 'uk-UA', 'uk', 'kk-KZ']) expect(resolveLang('auto', [tag])).toBe('ru');
    for (const tag of ['en-US', 'de-DE', 'fr', 'pl-PL', 'zh-CN']) expect(resolveLang('auto', [tag])).toBe('en');
    expect(resolveLang(undefined, [])).toBe('en');
    expect(resolveLang(null, ['de-DE', 'uk-UA'])).toBe('ru');
    expect(resolveLang('auto', ['en-GB', 'ru'])).toBe('en');
  });
});

describe('plural', () => {
  it('follows Intl.PluralRules', () => {
    expect([1, 2, 5, 21, 22, 11].map((n) => plural('ru', n))).toEqual(['one', 'few', 'many', 'one', 'few', 'many']);
    expect([1, 2, 5].map((n) => plural('en', n))).toEqual(['one', 'many', 'many']);
  });
  it('picks the text form of a key family', () => {
    expect(pluralText(overlayTranslator('ru'), 'ru', 'toneWarnings', 3)).toBe('3 замечания');
    expect(pluralText(overlayTranslator('en'), 'en', 'toneWarnings', 1)).toBe('1 warning');
    expect(createOptionsTranslator('ru').plural('replies', 5)).toBe('5 ответов');
  });
});

describe('locales', () => {
  it('has every area in both languages with the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const area of Object.keys(ru) as (keyof typeof ru)[]) {
      const ruTexts: Record<string, string> = ru[area];
      const enTexts: Record<string, string> = en[area];
      expect(Object.keys(enTexts).sort(), area).toEqual(Object.keys(ruTexts).sort());
      for (const key of Object.keys(ruTexts)) {
        expect(enTexts[key]?.trim(), `${area}.${key}`).toBeTruthy();
        expect(placeholders(enTexts[key]!), `${area}.${key}`).toEqual(placeholders(ruTexts[key]!));
      }
    }
  });
});
