import { describe, expect, it } from 'vitest';
import type { MessageLang } from '../../lib/engine/tone';
import { checker } from './tone-helpers';

const hasCyrillic = (s: string) => /[а-яё]/i.test(s.replace(/«[^»]*»/g, ''));

describe('messageLang: messages in the interface language', () => {
  const russianDraft = 'Напиши нам, без комментариев. Звоните +7 925 111-22-33';
  const englishDraft = 'We guarantee a refund. Call me at +1 415 555 0199';

  it('defaults to the draft language', () => {
    for (const f of checker.check(russianDraft)) expect(hasCyrillic(f.message)).toBe(true);
    for (const f of checker.check(englishDraft)) expect(hasCyrillic(f.message)).toBe(false);
  });

  it('writes messages in the requested language, keeping offsets and fixes of the draft', () => {
    const lang: MessageLang = 'en';
    const native = checker.check(russianDraft);
    const english = checker.check(russianDraft, { messageLang: lang });
    expect(english.length).toBeGreaterThan(2);
    expect(english.map(({ message: _m, ...rest }) => rest)).toEqual(native.map(({ message: _m, ...rest }) => rest));
    for (const f of english) expect(hasCyrillic(f.message)).toBe(false);
    // The fix stays Russian: it replaces words of a Russian draft.
    expect(english.find((f) => f.category === 'address-form')?.fix).toBe('Напишите');
  });

  it('writes Russian messages for an English draft when asked', () => {
    const russian = checker.check(englishDraft, { messageLang: 'ru' });
    expect(russian.length).toBeGreaterThan(0);
    for (const f of russian) expect(hasCyrillic(f.message)).toBe(true);
  });
});
