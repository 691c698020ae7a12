import { describe, expect, it } from 'vitest';
import { addBusinessMs, buildReport, businessMsBetween, compilePolicy, nextWorkingStart, threadState, WALK_HORIZON_DAYS, type SlaEvent, type SlaPolicy } from '../../lib/engine/sla';
import { at, HOUR, MINUTE, MOSCOW_OFFICE } from '../fixtures/sla/policies';

const DAY = 86_400_000;
const NOW = at('2026-11-02T12:00:00+03:00');
const event = (thread: string, time: string, direction: SlaEvent['direction']): SlaEvent => ({ thread, at: time, direction });

/** One minute of work a week, and a target (10 years of minutes, the schema's maximum) it never reaches. */
const MINUTE_A_WEEK: SlaPolicy = {
  timezone: 'Europe/Moscow',
  hours: { mon: [['09:00', '09:01']] },
  firstReplyMinutes: 10 * 366 * 24 * 60,
  nextReplyMinutes: 10 * 366 * 24 * 60,
};

describe('business-time walks are bounded by the horizon', () => {
  it('counts only the last WALK_HORIZON_DAYS of a longer span (a lower bound)', () => {
    const from = at('0001-01-01T00:00:00Z');
    const bounded = businessMsBetween(MOSCOW_OFFICE, from, NOW);
    // About 57 weeks of 8 working hours a day: far from 2025 years' worth, but not zero.
    expect(bounded).toBeGreaterThan(250 * 8 * HOUR);
    expect(bounded).toBeLessThanOrEqual(WALK_HORIZON_DAYS * 8 * HOUR);
    expect(bounded).toBe(businessMsBetween(MOSCOW_OFFICE, new Date(NOW.getTime() - WALK_HORIZON_DAYS * DAY), NOW));
    expect(businessMsBetween(MOSCOW_OFFICE, NOW, from)).toBe(-bounded);
  });

  it('is exact within the horizon', () => {
    // Mon Nov 2 2026 12:00 → Mon Nov 9 12:00 MSK: 5 working days minus the Nov 4 holiday = 4 × 8 h.
    expect(businessMsBetween(MOSCOW_OFFICE, NOW, at('2026-11-09T12:00:00+03:00'))).toBe(32 * HOUR);
  });

  it('gives no due time past the horizon', () => {
    expect(Number.isNaN(addBusinessMs(MINUTE_A_WEEK, NOW, 10 * 366 * 24 * HOUR).getTime())).toBe(true);
    // 10 working minutes of that policy take 10 weeks: within the horizon, exact.
    expect(addBusinessMs(MINUTE_A_WEEK, NOW, 10 * MINUTE).toISOString()).toBe('2027-01-11T06:01:00.000Z'); // the 10th Monday, 09:01 MSK
  });

  it('finds no next working start past the horizon', () => {
    const farDay: SlaPolicy = { timezone: 'UTC', hours: {}, workingDays: ['9999-12-31'], workingDayHours: [['09:00', '10:00']], firstReplyMinutes: 1, nextReplyMinutes: 1 };
    expect(Number.isNaN(nextWorkingStart(farDay, NOW).getTime())).toBe(true);
    expect(nextWorkingStart(farDay, at('9999-06-01T00:00:00Z')).toISOString()).toBe('9999-12-31T09:00:00.000Z');
  });

  it('keeps a 24/7 policy exact at any span (no walk needed)', () => {
    const always: SlaPolicy = { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 60 };
    const from = at('0001-01-01T00:00:00Z');
    expect(businessMsBetween(always, from, NOW)).toBe(NOW.getTime() - from.getTime());
  });
});

describe('clocks longer than the horizon are breached', () => {
  it('reports a clock pending since year 0001 as breached', () => {
    const report = threadState(MOSCOW_OFFICE, [event('old', '0001-01-01T10:00:00Z', 'in')], NOW);
    expect(report).toMatchObject({ state: 'breached', pendingSince: '0001-01-01T10:00:00.000Z', target: 'first' });
    expect(report.dueAt).not.toBeNull(); // 2 working hours after the start: still computed exactly
  });

  it('reports a clock that can never reach its target as breached once the horizon has passed', () => {
    const start = new Date(NOW.getTime() - (WALK_HORIZON_DAYS + 1) * DAY).toISOString();
    const report = threadState(MINUTE_A_WEEK, [event('slow', start, 'in')], NOW);
    expect(report).toMatchObject({ state: 'breached', dueAt: null });
    // Within the horizon the same clock is simply running, with no due time in sight.
    const recent = threadState(MINUTE_A_WEEK, [event('slow', '2026-10-01T00:00:00Z', 'in')], NOW);
    expect(recent).toMatchObject({ state: 'ok', dueAt: null });
  });

  it('counts a reply that took longer than the horizon as not within SLA', () => {
    const events = [event('t', '1000-01-01T10:00:00Z', 'in'), event('t', '2026-11-02T08:00:00Z', 'out')];
    const policy: SlaPolicy = { ...MOSCOW_OFFICE, firstReplyMinutes: 10 * 366 * 24 * 60 };
    const [reply] = threadState(policy, events, NOW).replies;
    expect(reply).toMatchObject({ start: '1000-01-01T10:00:00.000Z', end: '2026-11-02T08:00:00.000Z', withinSla: false });
    expect(Number.isInteger(reply!.businessMs)).toBe(true);
  });

  it('builds a report over year-1000 events with every thread breached or answered', () => {
    const events: SlaEvent[] = [];
    for (let i = 0; i < 20; i++) events.push(event(`t${i}`, `${String(1000 + i * 50).padStart(4, '0')}-03-01T10:00:00Z`, 'in'));
    const report = buildReport(MINUTE_A_WEEK, events, NOW);
    expect(report.summary).toEqual({ threads: 20, replies: 0, withinSla: 0, breachedNow: 20, waitingNow: 20 });
  });
});

describe('compiled policies', () => {
  it('are shared by policies with the same content (the background reads settings afresh each time)', () => {
    const a = compilePolicy({ ...MOSCOW_OFFICE });
    expect(compilePolicy({ ...MOSCOW_OFFICE })).toBe(a);
    expect(compilePolicy({ ...MOSCOW_OFFICE, firstReplyMinutes: 121 })).not.toBe(a);
    expect(() => compilePolicy({ ...MOSCOW_OFFICE, timezone: 'Mars/Olympus' })).toThrow(/unknown IANA time zone/);
  });
});
