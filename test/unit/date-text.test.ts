import { describe, expect, it } from 'vitest';
import { dateFormatHint, formatDateText, parseDateText } from '../../components/options/ui/date-text';

describe('formatDateText', () => {
  it('shows ISO dates as дд.мм.гггг in Russian and as ISO in English', () => {
    expect(formatDateText('2026-12-31', 'ru')).toBe('31.12.2026');
    expect(formatDateText('2026-01-05', 'ru')).toBe('05.01.2026');
    expect(formatDateText('2026-12-31', 'en')).toBe('2026-12-31');
    expect(formatDateText('', 'ru')).toBe('');
    expect(dateFormatHint('ru')).toBe('дд.мм.гггг');
    expect(dateFormatHint('en')).toBe('YYYY-MM-DD');
  });
});

describe('parseDateText', () => {
  it('reads day.month.year in Russian, with or without leading zeros', () => {
    expect(parseDateText('31.12.2026', 'ru')).toEqual({ ok: true, iso: '2026-12-31' });
    expect(parseDateText(' 5.1.2026 ', 'ru')).toEqual({ ok: true, iso: '2026-01-05' });
    expect(parseDateText('05/01/2026', 'ru')).toEqual({ ok: true, iso: '2026-01-05' });
  });

  it('reads ISO in both languages and round-trips what it formats', () => {
    expect(parseDateText('2026-03-08', 'ru')).toEqual({ ok: true, iso: '2026-03-08' });
    expect(parseDateText('2026-3-8', 'en')).toEqual({ ok: true, iso: '2026-03-08' });
    for (const lang of ['ru', 'en'] as const)
      for (const iso of ['2026-01-01', '2028-02-29', '2026-12-31'])
        expect(parseDateText(formatDateText(iso, lang), lang)).toEqual({ ok: true, iso });
  });

  it('refuses ambiguous or unknown forms in English instead of guessing month and day', () => {
    expect(parseDateText('12/31/2026', 'en')).toEqual({ ok: false, reason: 'format' });
    expect(parseDateText('31.12.2026', 'en')).toEqual({ ok: false, reason: 'format' });
    expect(parseDateText('завтра', 'ru')).toEqual({ ok: false, reason: 'format' });
    expect(parseDateText('31.12.26', 'ru')).toEqual({ ok: false, reason: 'format' });
  });

  it('tells an empty field and a day that does not exist apart', () => {
    expect(parseDateText('  ', 'ru')).toEqual({ ok: false, reason: 'empty' });
    expect(parseDateText('31.02.2026', 'ru')).toEqual({ ok: false, reason: 'no-such-day' });
    expect(parseDateText('29.02.2027', 'ru')).toEqual({ ok: false, reason: 'no-such-day' });
    expect(parseDateText('2026-13-01', 'en')).toEqual({ ok: false, reason: 'no-such-day' });
  });
});
