import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../lib/schema/issues';
import { parseIsoInstant, SlaEventSchema, SlaPolicySchema } from '../../lib/schema/policy';
import { MOSCOW_OFFICE } from '../fixtures/sla/policies';

const problems = (policy: unknown) => {
  const parsed = SlaPolicySchema.safeParse(policy);
  return parsed.success ? [] : formatIssues(parsed.error);
};

describe('SlaPolicySchema', () => {
  it("accepts the contract's example and a 24/7 policy", () => {
    expect(problems(MOSCOW_OFFICE)).toEqual([]);
    expect(problems({ timezone: 'America/New_York', firstReplyMinutes: 60, nextReplyMinutes: 120 })).toEqual([]);
    expect(problems({ ...MOSCOW_OFFICE, hours: { sat: [['20:00', '24:00']] } })).toEqual([]);
  });

  it('names the path and reason of each problem', () => {
    expect(problems({ ...MOSCOW_OFFICE, timezone: 'Europe/Moskva' })).toEqual(['timezone: unknown IANA time zone "Europe/Moskva"']);
    expect(problems({ ...MOSCOW_OFFICE, hours: { mon: [['09:00', '25:00']] } })).toEqual([
      'hours.mon[0][1]: invalid time "25:00" (expected HH:mm from 00:00 to 24:00)',
    ]);
    expect(problems({ ...MOSCOW_OFFICE, hours: { tue: [['9:00', '18:00']] } })).toEqual([
      'hours.tue[0][0]: invalid time "9:00" (expected HH:mm from 00:00 to 24:00)',
    ]);
    expect(problems({ ...MOSCOW_OFFICE, hours: { wed: [['18:00', '09:00']] } })).toEqual([
      'hours.wed[0]: interval must end after it starts ("18:00"–"09:00")',
    ]);
    expect(problems({ ...MOSCOW_OFFICE, hours: { thu: [['09:00', '13:00'], ['12:00', '18:00']] } })).toEqual([
      'hours.thu: intervals overlap: 09:00–13:00 and 12:00–18:00',
    ]);
    expect(problems({ ...MOSCOW_OFFICE, hours: { mon: [['09:00', '18:00']], monday: [] } })).toEqual(['hours: Unrecognized key: "monday"']);
    expect(problems({ ...MOSCOW_OFFICE, holidays: ['2026-02-30'] })).toEqual(['holidays[0]: invalid date "2026-02-30" (expected YYYY-MM-DD)']);
    expect(problems({ ...MOSCOW_OFFICE, warnRatio: 1.5 })[0]).toMatch(/^warnRatio: /);
    expect(problems({ ...MOSCOW_OFFICE, firstReplyMinutes: 0 })[0]).toMatch(/^firstReplyMinutes: /);
  });

  it('rejects a policy without any working time and a date that is both holiday and working day', () => {
    expect(problems({ ...MOSCOW_OFFICE, hours: {} })).toEqual(['hours: no working time on any day (omit "hours" for 24/7)']);
    expect(problems({ ...MOSCOW_OFFICE, workingDays: ['2026-11-04'] })).toEqual(['workingDays[0]: 2026-11-04 is also listed in holidays']);
  });

  it('accepts touching intervals', () => {
    expect(problems({ ...MOSCOW_OFFICE, hours: { fri: [['14:00', '18:00'], ['09:00', '14:00']] } })).toEqual([]);
  });
});

describe('SlaEventSchema', () => {
  const check = (event: unknown) => {
    const parsed = SlaEventSchema.safeParse(event);
    return parsed.success ? [] : formatIssues(parsed.error);
  };

  it('accepts ISO instants with Z or an offset', () => {
    expect(check({ thread: 'vk:club1_42', at: '2026-11-20T10:00:00Z', direction: 'in' })).toEqual([]);
    expect(check({ thread: 'vk:club1_42', at: '2026-11-20T13:00:00.5+03:00', direction: 'out' })).toEqual([]);
  });

  it('rejects a bad direction, a local time without offset and an impossible date', () => {
    expect(check({ thread: 't', at: '2026-11-20T10:00:00Z', direction: 'inbound' })).toEqual(['direction: direction must be "in" or "out", got "inbound"']);
    expect(check({ thread: 't', at: '2026-11-20T10:00:00', direction: 'in' })[0]).toMatch(/^at: invalid time "2026-11-20T10:00:00"/);
    expect(check({ thread: 't', at: '2026-02-29T10:00:00.000Z', direction: 'in' })[0]).toMatch(/^at: invalid time/);
    expect(check({ thread: '', at: '2026-11-20T10:00:00Z', direction: 'in' })).toEqual(['thread: thread is empty']);
  });
});

describe('parseIsoInstant', () => {
  it('agrees with Date.parse on canonical and offset forms', () => {
    for (const text of ['2026-11-20T10:00:00.000Z', '2024-02-29T23:59:59.999Z', '1999-12-31T00:00:00.000Z', '2026-11-20T13:00:00+03:00', '2026-11-20T10:00Z'])
      expect(parseIsoInstant(text)).toBe(Date.parse(text));
  });

  it('returns NaN for impossible times', () => {
    for (const text of ['2026-13-01T00:00:00.000Z', '2026-01-01T24:00:00.000Z', '2026-01-01T23:60:00.000Z', '2026-01-01', 'tomorrow'])
      expect(parseIsoInstant(text)).toBeNaN();
  });
});
