import { describe, expect, it } from 'vitest';
import { formatDuration, formatIso } from '../../lib/engine/sla';

describe('formatDuration', () => {
  it('writes hours and minutes in Russian and English', () => {
    expect(formatDuration(85 * 60_000, 'ru')).toBe('1 ч 25 мин');
    expect(formatDuration(85 * 60_000, 'en')).toBe('1 h 25 min');
  });

  it('drops a zero part, keeps "0 min" and rounds down to whole minutes', () => {
    expect(formatDuration(2 * 3_600_000, 'en')).toBe('2 h');
    expect(formatDuration(25 * 60_000, 'ru')).toBe('25 мин');
    expect(formatDuration(59_999, 'en')).toBe('0 min');
    expect(formatDuration(0, 'ru')).toBe('0 мин');
    expect(formatDuration(26 * 3_600_000 + 5 * 60_000 + 59_000, 'en')).toBe('26 h 5 min');
  });

  it('marks overdue (negative) time', () => {
    expect(formatDuration(-65 * 60_000, 'ru')).toBe('-1 ч 5 мин');
    expect(formatDuration(-30_000, 'en')).toBe('0 min');
  });
});

describe('formatIso', () => {
  it('prints YYYY-MM-DDTHH:mm:ss.sssZ in UTC', () => {
    expect(formatIso(new Date(Date.UTC(2026, 10, 6, 9, 5, 3, 7)))).toBe('2026-11-06T09:05:03.007Z');
    expect(formatIso(new Date('2026-03-29T03:00:00+02:00'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('agrees with Date#toISOString, also for years beyond 9999', () => {
    for (let ms = Date.UTC(1999, 11, 31, 23, 59, 59, 999); ms < Date.UTC(2031, 0, 1); ms += 777_777_777)
      expect(formatIso(new Date(ms))).toBe(new Date(ms).toISOString());
    const far = new Date(Date.UTC(10_000, 0, 1, 2, 3, 4, 5));
    expect(formatIso(far)).toBe('+010000-01-01T02:03:04.005Z');
  });
});
