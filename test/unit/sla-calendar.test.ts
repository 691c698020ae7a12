import { describe, expect, it } from 'vitest';
import { addBusinessMs, DEFAULT_POLICY, isWorkingTime, RU_CALENDAR_2026_2027 } from '../../lib/engine/sla';
import { isCalendarDate, SlaPolicySchema } from '../../lib/schema/policy';
import { at, HOUR } from '../fixtures/sla/policies';

const workingAtTen = (date: string) => isWorkingTime(DEFAULT_POLICY, at(`${date}T10:00:00+03:00`));

describe('RU_CALENDAR_2026_2027', () => {
  it('holds valid, unique, ordered dates', () => {
    const { holidays, workingDays } = RU_CALENDAR_2026_2027;
    expect(holidays.every(isCalendarDate)).toBe(true);
    expect(new Set(holidays).size).toBe(holidays.length);
    expect([...holidays].sort()).toEqual(holidays);
    expect(workingDays).toEqual([]); // neither year moves a day off onto a Saturday (2027: decree pending)
  });

  it('closes the 2026 days off of decree № 1466 and the Labour Code', () => {
    for (const date of ['2026-01-02', '2026-01-08', '2026-01-09', '2026-02-23', '2026-03-09', '2026-05-01', '2026-05-11', '2026-06-12', '2026-11-04', '2026-12-31'])
      expect(workingAtTen(date), date).toBe(false);
    for (const date of ['2026-01-12', '2026-03-10', '2026-05-12', '2026-11-03', '2026-11-05', '2026-12-30'])
      expect(workingAtTen(date), date).toBe(true);
  });

  it('closes the 2027 days fixed by the Labour Code', () => {
    for (const date of ['2027-01-01', '2027-01-08', '2027-02-23', '2027-03-08', '2027-05-03', '2027-05-10', '2027-06-14', '2027-11-04'])
      expect(workingAtTen(date), date).toBe(false);
    expect(workingAtTen('2027-01-11')).toBe(true);
  });
});

describe('DEFAULT_POLICY', () => {
  it('is a valid policy: Moscow, Mon–Fri 09–18, 2 h first reply, 4 h next', () => {
    expect(SlaPolicySchema.safeParse(DEFAULT_POLICY).success).toBe(true);
    expect(DEFAULT_POLICY).toMatchObject({ timezone: 'Europe/Moscow', firstReplyMinutes: 120, nextReplyMinutes: 240, warnRatio: 0.75 });
    expect(workingAtTen('2026-11-07')).toBe(false); // Saturday
    expect(isWorkingTime(DEFAULT_POLICY, at('2026-11-05T13:30:00+03:00'))).toBe(true); // no lunch break
  });

  it('waits through the New Year holidays: due on Monday Jan 11 2027', () => {
    // Wed Dec 30 17:00–18:00 = 1 h; Dec 31 and Jan 1–8 off, Jan 9–10 weekend; then 1 h from 09:00.
    expect(addBusinessMs(DEFAULT_POLICY, at('2026-12-30T17:00:00+03:00'), 2 * HOUR).toISOString()).toBe('2027-01-11T07:00:00.000Z');
  });
});
