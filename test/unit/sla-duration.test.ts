import { describe, expect, it } from 'vitest';
import { formatDuration, workdayMsOf } from '../../lib/engine/sla';

const H = 3_600_000;
const MIN = 60_000;
const NINE_TO_SIX = { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] } as const;

describe('durations in working days', () => {
  it('folds a working day or more into working days and whole hours, with Russian plurals', () => {
    const day = 9 * H;
    expect(formatDuration(2 * day + 3 * H + 20 * MIN, 'ru', day)).toBe('2 раб. дня 3 ч');
    expect(formatDuration(2 * day + 3 * H + 20 * MIN, 'en', day)).toBe('2 working days 3 h');
    expect(formatDuration(day, 'ru', day)).toBe('1 раб. день');
    expect(formatDuration(day, 'en', day)).toBe('1 working day');
    expect(formatDuration(5 * day + H, 'ru', day)).toBe('5 раб. дней 1 ч');
    expect(formatDuration(21 * day, 'ru', day)).toBe('21 раб. день');
    expect(formatDuration(-(6 * day + 8 * H), 'ru', day)).toBe('-6 раб. дней 8 ч');
  });

  it('"61 h 56 min" of working time in a 9-hour day is 6 working days 7 h', () => {
    expect(formatDuration(61 * H + 56 * MIN, 'ru')).toBe('61 ч 56 мин');
    expect(formatDuration(61 * H + 56 * MIN, 'ru', workdayMsOf({ hours: NINE_TO_SIX as never }))).toBe('6 раб. дней 7 ч');
  });

  it('keeps hours and minutes under a working day; 24/7 policies count plain days', () => {
    expect(formatDuration(8 * H + 59 * MIN, 'ru', 9 * H)).toBe('8 ч 59 мин');
    expect(formatDuration(50 * H, 'ru', workdayMsOf({}))).toBe('2 дня 2 ч');
    expect(formatDuration(50 * H, 'en', 24 * H)).toBe('2 days 2 h');
  });

  it('takes the usual working day of the week (the most common length, the longest on a tie)', () => {
    expect(workdayMsOf({ hours: NINE_TO_SIX as never })).toBe(9 * H);
    expect(workdayMsOf({ hours: { ...NINE_TO_SIX, sat: [['10:00', '14:00']] } as never })).toBe(9 * H);
    expect(workdayMsOf({ hours: { mon: [['09:00', '13:00'], ['14:00', '18:00']], sat: [['10:00', '24:00']] } as never })).toBe(14 * H);
    expect(workdayMsOf({ hours: {} as never })).toBe(24 * H);
  });
});
