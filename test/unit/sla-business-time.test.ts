import { describe, expect, it } from 'vitest';
import { addBusinessMs, businessMsBetween, isWorkingTime, nextWorkingStart, type SlaPolicy } from '../../lib/engine/sla';
import { at, HOUR, LUNCH_DAY, MINUTE, MOSCOW_OFFICE } from '../fixtures/sla/policies';

const iso = (date: Date) => date.toISOString();

describe('business hours with a lunch break (Moscow, UTC+3)', () => {
  it('does not count the lunch hour', () => {
    // 12:30–13:00 and 14:00–14:45 → 75 min.
    expect(businessMsBetween(MOSCOW_OFFICE, at('2026-11-02T12:30:00+03:00'), at('2026-11-02T14:45:00+03:00'))).toBe(75 * MINUTE);
  });

  it('puts the due time after the lunch hour', () => {
    // 30 min before lunch, 90 min after 14:00 → 15:30 MSK.
    expect(iso(addBusinessMs(MOSCOW_OFFICE, at('2026-11-02T12:30:00+03:00'), 120 * MINUTE))).toBe('2026-11-02T12:30:00.000Z');
  });

  it('stops at the exact end of a span instead of jumping to the next opening', () => {
    expect(iso(addBusinessMs(MOSCOW_OFFICE, at('2026-11-02T11:00:00+03:00'), 120 * MINUTE))).toBe('2026-11-02T10:00:00.000Z');
  });

  it('adds nothing for zero', () => {
    expect(iso(addBusinessMs(MOSCOW_OFFICE, at('2026-11-07T23:00:00+03:00'), 0))).toBe('2026-11-07T20:00:00.000Z');
  });

  it('knows working time, lunch and the end of the day (end exclusive)', () => {
    expect(isWorkingTime(MOSCOW_OFFICE, at('2026-11-02T09:00:00+03:00'))).toBe(true);
    expect(isWorkingTime(MOSCOW_OFFICE, at('2026-11-02T12:59:59.999+03:00'))).toBe(true);
    expect(isWorkingTime(MOSCOW_OFFICE, at('2026-11-02T13:00:00+03:00'))).toBe(false);
    expect(isWorkingTime(MOSCOW_OFFICE, at('2026-11-02T08:59:59.999+03:00'))).toBe(false);
    expect(isWorkingTime(MOSCOW_OFFICE, at('2026-11-02T18:00:00+03:00'))).toBe(false);
    expect(isWorkingTime(MOSCOW_OFFICE, at('2026-11-07T10:00:00+03:00'))).toBe(false); // Saturday
  });

  it('finds the next working start', () => {
    const inside = at('2026-11-02T10:15:00+03:00');
    expect(nextWorkingStart(MOSCOW_OFFICE, inside).getTime()).toBe(inside.getTime());
    expect(iso(nextWorkingStart(MOSCOW_OFFICE, at('2026-11-02T13:20:00+03:00')))).toBe('2026-11-02T11:00:00.000Z');
    expect(iso(nextWorkingStart(MOSCOW_OFFICE, at('2026-11-02T18:00:00+03:00')))).toBe('2026-11-03T06:00:00.000Z');
    expect(iso(nextWorkingStart(MOSCOW_OFFICE, at('2026-11-06T19:00:00+03:00')))).toBe('2026-11-09T06:00:00.000Z');
  });

  it('is negative when the end is before the start', () => {
    expect(businessMsBetween(MOSCOW_OFFICE, at('2026-11-02T14:45:00+03:00'), at('2026-11-02T12:30:00+03:00'))).toBe(-75 * MINUTE);
  });

  it('refuses to add negative time', () => {
    expect(() => addBusinessMs(MOSCOW_OFFICE, at('2026-11-02T10:00:00Z'), -1)).toThrow(RangeError);
  });
});

describe('holidays and weekends', () => {
  it('skips a holiday', () => {
    // Tue 17:00–18:00 (60) + Wed Nov 4 holiday (0) + Thu 09:00–10:30 (90).
    expect(businessMsBetween(MOSCOW_OFFICE, at('2026-11-03T17:00:00+03:00'), at('2026-11-05T10:30:00+03:00'))).toBe(150 * MINUTE);
    expect(isWorkingTime(MOSCOW_OFFICE, at('2026-11-04T10:00:00+03:00'))).toBe(false);
  });

  it('makes a Friday-evening message due on Monday', () => {
    // 30 min on Friday (17:30–18:00), 90 on Monday from 09:00 → Mon 10:30 MSK.
    expect(iso(addBusinessMs(MOSCOW_OFFICE, at('2026-11-06T17:30:00+03:00'), 120 * MINUTE))).toBe('2026-11-09T07:30:00.000Z');
    // After hours on Friday: the whole target on Monday → 11:00 MSK.
    expect(iso(addBusinessMs(MOSCOW_OFFICE, at('2026-11-06T19:00:00+03:00'), 120 * MINUTE))).toBe('2026-11-09T08:00:00.000Z');
    expect(businessMsBetween(MOSCOW_OFFICE, at('2026-11-06T17:30:00+03:00'), at('2026-11-09T10:30:00+03:00'))).toBe(120 * MINUTE);
  });
});

describe('24/7 and "24:00"', () => {
  const allDay: SlaPolicy = { timezone: 'Europe/Moscow', firstReplyMinutes: 60, nextReplyMinutes: 60 };

  it('counts wall time when there is no hours key', () => {
    expect(businessMsBetween(allDay, at('2026-11-07T22:00:00Z'), at('2026-11-08T03:30:00Z'))).toBe(5.5 * HOUR);
    expect(iso(addBusinessMs(allDay, at('2026-11-07T22:00:00Z'), 3 * HOUR))).toBe('2026-11-08T01:00:00.000Z');
    expect(isWorkingTime(allDay, at('2026-11-08T03:00:00Z'))).toBe(true);
  });

  it('still excludes holidays in a 24/7 policy', () => {
    const withHoliday = { ...allDay, holidays: ['2026-11-04'] };
    // Noon Tue → noon Thu MSK: 12 h on Tuesday, the holiday, 12 h on Thursday.
    expect(businessMsBetween(withHoliday, at('2026-11-03T12:00:00+03:00'), at('2026-11-05T12:00:00+03:00'))).toBe(24 * HOUR);
    expect(iso(nextWorkingStart(withHoliday, at('2026-11-04T12:00:00+03:00')))).toBe('2026-11-04T21:00:00.000Z');
  });

  it('runs an interval ending at "24:00" into the next day', () => {
    const night: SlaPolicy = {
      timezone: 'Europe/Moscow',
      hours: { sat: [['20:00', '24:00']], sun: [['00:00', '02:00']] },
      firstReplyMinutes: 60,
      nextReplyMinutes: 60,
    };
    expect(businessMsBetween(night, at('2026-11-07T23:00:00+03:00'), at('2026-11-08T01:00:00+03:00'))).toBe(2 * HOUR);
    expect(iso(addBusinessMs(night, at('2026-11-07T22:00:00+03:00'), 3 * HOUR))).toBe('2026-11-07T22:00:00.000Z');
    expect(isWorkingTime(night, at('2026-11-07T23:59:59.999+03:00'))).toBe(true);
    expect(isWorkingTime(night, at('2026-11-08T02:00:00+03:00'))).toBe(false);
    expect(iso(nextWorkingStart(night, at('2026-11-07T19:00:00+03:00')))).toBe('2026-11-07T17:00:00.000Z');
  });
});

describe('moved working days', () => {
  const saturdayWorks: SlaPolicy = { ...MOSCOW_OFFICE, workingDays: ['2026-11-07'] };

  it("works a moved Saturday with Monday's hours (lunch included) by default", () => {
    expect(isWorkingTime(saturdayWorks, at('2026-11-07T10:00:00+03:00'))).toBe(true);
    expect(isWorkingTime(saturdayWorks, at('2026-11-07T13:30:00+03:00'))).toBe(false);
    expect(isWorkingTime(saturdayWorks, at('2026-11-08T10:00:00+03:00'))).toBe(false); // Sunday stays closed
    // Friday 17:00–18:00, then Saturday 09:00–10:00.
    expect(iso(addBusinessMs(saturdayWorks, at('2026-11-06T17:00:00+03:00'), 120 * MINUTE))).toBe('2026-11-07T07:00:00.000Z');
  });

  it('uses workingDayHours when given', () => {
    const shortSaturday: SlaPolicy = { ...saturdayWorks, workingDayHours: [['10:00', '14:00']] };
    expect(iso(addBusinessMs(shortSaturday, at('2026-11-06T17:00:00+03:00'), 120 * MINUTE))).toBe('2026-11-07T08:00:00.000Z');
    expect(isWorkingTime(shortSaturday, at('2026-11-07T13:30:00+03:00'))).toBe(true);
  });

  it('has no due time when only moved days exist and they are over', () => {
    const onlyMoved: SlaPolicy = { ...MOSCOW_OFFICE, hours: {}, workingDays: ['2026-11-07'], workingDayHours: LUNCH_DAY };
    expect(businessMsBetween(onlyMoved, at('2026-11-01T00:00:00Z'), at('2026-12-01T00:00:00Z'))).toBe(8 * HOUR);
    expect(Number.isNaN(addBusinessMs(onlyMoved, at('2026-11-07T17:00:00+03:00'), 2 * HOUR).getTime())).toBe(true);
  });
});

describe('DST in Europe/Berlin (2026: Mar 29 02:00 → 03:00, Oct 25 03:00 → 02:00)', () => {
  const nightShift: SlaPolicy = { timezone: 'Europe/Berlin', hours: { sun: [['00:00', '06:00']] }, firstReplyMinutes: 60, nextReplyMinutes: 60 };

  it('has an hour less on the spring-forward night', () => {
    expect(businessMsBetween(nightShift, at('2026-03-28T20:00:00Z'), at('2026-03-29T20:00:00Z'))).toBe(5 * HOUR);
    // 4 h after 00:00 CET the wall clock shows 05:00 CEST (03:00Z).
    expect(iso(addBusinessMs(nightShift, at('2026-03-29T00:00:00+01:00'), 4 * HOUR))).toBe('2026-03-29T03:00:00.000Z');
  });

  it('has an hour more on the fall-back night', () => {
    expect(businessMsBetween(nightShift, at('2026-10-24T20:00:00Z'), at('2026-10-25T20:00:00Z'))).toBe(7 * HOUR);
    // 00:00 CEST = 22:00Z; 6 real hours later the wall clock shows 05:00 CET, not 06:00.
    expect(iso(addBusinessMs(nightShift, at('2026-10-25T00:00:00+02:00'), 6 * HOUR))).toBe('2026-10-25T04:00:00.000Z');
  });

  it('ends a "24:00" interval at the next midnight on the 23- and 25-hour days', () => {
    const evening: SlaPolicy = { timezone: 'Europe/Berlin', hours: { sun: [['20:00', '24:00']] }, firstReplyMinutes: 60, nextReplyMinutes: 60 };
    expect(businessMsBetween(evening, at('2026-03-29T00:00:00Z'), at('2026-03-30T06:00:00Z'))).toBe(4 * HOUR);
    expect(businessMsBetween(evening, at('2026-10-25T00:00:00Z'), at('2026-10-26T06:00:00Z'))).toBe(4 * HOUR);
  });

  it('keeps office hours of a DST weekend unchanged', () => {
    const office: SlaPolicy = { ...MOSCOW_OFFICE, timezone: 'Europe/Berlin', holidays: [] };
    // Fri 17:00–18:00 CET + Mon 09:00–10:00 CEST.
    expect(businessMsBetween(office, at('2026-03-27T17:00:00+01:00'), at('2026-03-30T10:00:00+02:00'))).toBe(2 * HOUR);
    expect(iso(addBusinessMs(office, at('2026-10-23T17:00:00+02:00'), 2 * HOUR))).toBe('2026-10-26T09:00:00.000Z');
  });

  it('counts 23 and 25 hours across the changes in a 24/7 policy', () => {
    const allDay: SlaPolicy = { timezone: 'Europe/Berlin', firstReplyMinutes: 60, nextReplyMinutes: 60 };
    // With a holiday elsewhere the day tables are used instead of plain wall time: both must agree.
    const allDayWithHoliday: SlaPolicy = { ...allDay, holidays: ['2026-01-01'] };
    for (const policy of [allDay, allDayWithHoliday]) {
      expect(businessMsBetween(policy, at('2026-03-28T12:00:00+01:00'), at('2026-03-29T12:00:00+02:00'))).toBe(23 * HOUR);
      expect(businessMsBetween(policy, at('2026-10-24T12:00:00+02:00'), at('2026-10-25T12:00:00+01:00'))).toBe(25 * HOUR);
    }
  });
});

describe('DST in America/New_York (2026: Mar 8 02:00 → 03:00, Nov 1 02:00 → 01:00)', () => {
  const nightShift: SlaPolicy = { timezone: 'America/New_York', hours: { sun: [['01:00', '05:00']] }, firstReplyMinutes: 60, nextReplyMinutes: 60 };

  it('has an hour less on Mar 8', () => {
    // 01:00 EST = 06:00Z … 05:00 EDT = 09:00Z.
    expect(businessMsBetween(nightShift, at('2026-03-07T12:00:00Z'), at('2026-03-08T12:00:00Z'))).toBe(3 * HOUR);
    expect(iso(nextWorkingStart(nightShift, at('2026-03-07T12:00:00Z')))).toBe('2026-03-08T06:00:00.000Z');
  });

  it('has an hour more on Nov 1, opening at the first 01:00', () => {
    // 01:00 EDT = 05:00Z (the first time the clock shows 01:00) … 05:00 EST = 10:00Z.
    expect(businessMsBetween(nightShift, at('2026-10-31T12:00:00Z'), at('2026-11-01T12:00:00Z'))).toBe(5 * HOUR);
    expect(iso(nextWorkingStart(nightShift, at('2026-10-31T12:00:00Z')))).toBe('2026-11-01T05:00:00.000Z');
    expect(isWorkingTime(nightShift, at('2026-11-01T06:30:00Z'))).toBe(true); // the second 01:30
  });

  it('counts 23 and 25 hours across the changes in a 24/7 policy', () => {
    const allDay: SlaPolicy = { timezone: 'America/New_York', holidays: ['2026-07-04'], firstReplyMinutes: 60, nextReplyMinutes: 60 };
    expect(businessMsBetween(allDay, at('2026-03-07T12:00:00-05:00'), at('2026-03-08T12:00:00-04:00'))).toBe(23 * HOUR);
    expect(businessMsBetween(allDay, at('2026-10-31T12:00:00-04:00'), at('2026-11-01T12:00:00-05:00'))).toBe(25 * HOUR);
  });
});

describe('policy validation inside the engine', () => {
  it('rejects an invalid policy with its JSON path', () => {
    const broken = { ...MOSCOW_OFFICE, timezone: 'Mars/Olympus' };
    expect(() => isWorkingTime(broken, new Date())).toThrow(/timezone: unknown IANA time zone "Mars\/Olympus"/);
  });
});
