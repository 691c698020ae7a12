import { describe, expect, it } from 'vitest';
import { threadState, type SlaEvent, type SlaPolicy } from '../../lib/engine/sla';
import { at, HOUR, LUNCH_DAY, MINUTE, MOSCOW_OFFICE } from '../fixtures/sla/policies';

/** Events of one thread on Monday Nov 2 2026 in Moscow: [direction, "HH:mm"] pairs. */
const monday = (...steps: [SlaEvent['direction'], string][]): SlaEvent[] =>
  steps.map(([direction, time]) => ({ thread: 'vk:1', at: `2026-11-02T${time}:00+03:00`, direction }));
const mondayAt = (time: string) => at(`2026-11-02T${time}:00+03:00`);
const END_OF_MONDAY = mondayAt('18:00');

describe('clocks', () => {
  it('uses the first-reply target for the first clock and the next-reply target afterwards', () => {
    const state = threadState(MOSCOW_OFFICE, monday(['in', '10:00'], ['out', '10:30'], ['in', '11:00'], ['out', '12:00']), END_OF_MONDAY);
    expect(state.replies).toEqual([
      { start: '2026-11-02T07:00:00.000Z', end: '2026-11-02T07:30:00.000Z', target: 'first', businessMs: 30 * MINUTE, withinSla: true },
      { start: '2026-11-02T08:00:00.000Z', end: '2026-11-02T09:00:00.000Z', target: 'next', businessMs: HOUR, withinSla: true },
    ]);
    expect(state.state).toBe('answered');
  });

  it('starts the next-reply target for a pending clock after a reply', () => {
    const state = threadState(MOSCOW_OFFICE, monday(['in', '10:00'], ['out', '10:30'], ['in', '11:00']), mondayAt('16:00'));
    // 11:00–13:00 + 14:00–16:00 = 4 h = the whole 240-minute next-reply target → breached at 16:00.
    expect(state).toMatchObject({ state: 'breached', target: 'next', businessElapsedMs: 4 * HOUR, dueAt: '2026-11-02T13:00:00.000Z' });
  });

  it('ignores further ins while a clock runs', () => {
    const state = threadState(MOSCOW_OFFICE, monday(['in', '10:00'], ['in', '10:20'], ['in', '10:40'], ['out', '11:00']), END_OF_MONDAY);
    expect(state.replies).toHaveLength(1);
    expect(state.replies[0]).toMatchObject({ start: '2026-11-02T07:00:00.000Z', businessMs: HOUR, target: 'first' });
  });

  it('ignores an out with no clock pending', () => {
    const state = threadState(MOSCOW_OFFICE, monday(['out', '09:30'], ['in', '10:00'], ['out', '10:30'], ['out', '10:45']), END_OF_MONDAY);
    expect(state.replies).toEqual([
      { start: '2026-11-02T07:00:00.000Z', end: '2026-11-02T07:30:00.000Z', target: 'first', businessMs: 30 * MINUTE, withinSla: true },
    ]);
  });

  it('counts a reply of exactly the target as within SLA, one ms more as not', () => {
    const exact = threadState(MOSCOW_OFFICE, monday(['in', '10:00'], ['out', '12:00']), END_OF_MONDAY);
    expect(exact.replies[0]).toMatchObject({ businessMs: 2 * HOUR, withinSla: true });
    const late: SlaEvent[] = [
      { thread: 'vk:1', at: '2026-11-02T10:00:00+03:00', direction: 'in' },
      { thread: 'vk:1', at: '2026-11-02T12:00:00.001+03:00', direction: 'out' },
    ];
    expect(threadState(MOSCOW_OFFICE, late, END_OF_MONDAY).replies[0]).toMatchObject({ businessMs: 2 * HOUR + 1, withinSla: false });
  });
});

describe('order and now', () => {
  it('keeps file order for events at the same instant', () => {
    const inThenOut = threadState(MOSCOW_OFFICE, monday(['in', '10:00'], ['out', '10:00']), END_OF_MONDAY);
    expect(inThenOut.state).toBe('answered');
    expect(inThenOut.replies).toEqual([
      { start: '2026-11-02T07:00:00.000Z', end: '2026-11-02T07:00:00.000Z', target: 'first', businessMs: 0, withinSla: true },
    ]);
    const outThenIn = threadState(MOSCOW_OFFICE, monday(['out', '10:00'], ['in', '10:00']), mondayAt('10:30'));
    expect(outThenIn).toMatchObject({ state: 'ok', pendingSince: '2026-11-02T07:00:00.000Z', replies: [] });
  });

  it('sorts events by time, stably, when the file is out of order', () => {
    // Sorted: in 10:00, out 11:00, in 11:00 (after the out: it came later in the file).
    const state = threadState(MOSCOW_OFFICE, monday(['out', '11:00'], ['in', '10:00'], ['in', '11:00']), mondayAt('11:30'));
    expect(state.replies).toEqual([
      { start: '2026-11-02T07:00:00.000Z', end: '2026-11-02T08:00:00.000Z', target: 'first', businessMs: HOUR, withinSla: true },
    ]);
    expect(state).toMatchObject({ state: 'ok', pendingSince: '2026-11-02T08:00:00.000Z', target: 'next', businessElapsedMs: 30 * MINUTE });
  });

  it('keeps file order for equal times when it has to sort', () => {
    // Both files start with an 11:00 event before a 10:00 one, so both need sorting.
    const inFirst = threadState(MOSCOW_OFFICE, monday(['in', '11:00'], ['out', '11:00'], ['in', '10:00']), mondayAt('11:30'));
    expect(inFirst).toMatchObject({ state: 'answered', replies: [{ start: '2026-11-02T07:00:00.000Z', end: '2026-11-02T08:00:00.000Z' }] });
    const outFirst = threadState(MOSCOW_OFFICE, monday(['out', '11:00'], ['in', '11:00'], ['in', '10:00']), mondayAt('11:30'));
    expect(outFirst).toMatchObject({ state: 'ok', pendingSince: '2026-11-02T08:00:00.000Z', target: 'next' });
  });

  it('ignores events after now (an event exactly at now counts)', () => {
    const events = monday(['in', '10:00'], ['out', '12:00'], ['in', '12:30']);
    expect(threadState(MOSCOW_OFFICE, events, mondayAt('11:00'))).toMatchObject({ state: 'ok', businessElapsedMs: HOUR, replies: [] });
    expect(threadState(MOSCOW_OFFICE, events, mondayAt('12:00'))).toMatchObject({ state: 'answered', pendingSince: null });
    const future = threadState(MOSCOW_OFFICE, monday(['in', '17:00']), mondayAt('16:00'));
    expect(future).toEqual({ thread: 'vk:1', state: 'answered', pendingSince: null, dueAt: null, businessElapsedMs: null, replies: [] });
  });
});

describe('states of a waiting thread (first reply 120 min, warning at 75% = 90 min)', () => {
  const waiting = monday(['in', '10:00']);
  const stateAt = (time: string) => threadState(MOSCOW_OFFICE, waiting, at(`2026-11-02T${time}+03:00`));

  it('is ok below the warning ratio', () => {
    expect(stateAt('11:29:59.999')).toEqual({
      thread: 'vk:1',
      state: 'ok',
      pendingSince: '2026-11-02T07:00:00.000Z',
      dueAt: '2026-11-02T09:00:00.000Z',
      businessElapsedMs: 90 * MINUTE - 1,
      target: 'first',
      replies: [],
    });
  });

  it('warns from exactly the ratio until the due time', () => {
    expect(stateAt('11:30:00.000')).toMatchObject({ state: 'warning', businessElapsedMs: 90 * MINUTE });
    expect(stateAt('11:59:59.999').state).toBe('warning');
  });

  it('is breached from the due time on', () => {
    expect(stateAt('12:00:00.000')).toMatchObject({ state: 'breached', businessElapsedMs: 120 * MINUTE });
    // The lunch hour does not count: at 14:30 the customer has waited 180 + 30 business minutes.
    expect(stateAt('14:30:00.000')).toMatchObject({ state: 'breached', businessElapsedMs: 210 * MINUTE });
  });

  it('keeps a clock started outside working time at zero until the office opens', () => {
    const night = threadState(MOSCOW_OFFICE, [{ thread: 't', at: '2026-11-06T20:00:00+03:00', direction: 'in' }], at('2026-11-09T08:59:00+03:00'));
    expect(night).toMatchObject({ state: 'ok', businessElapsedMs: 0, dueAt: '2026-11-09T08:00:00.000Z' });
  });

  it('has no due time when the policy never has enough working time left', () => {
    const onlyOneDay: SlaPolicy = { ...MOSCOW_OFFICE, hours: {}, workingDays: ['2026-11-07'], workingDayHours: LUNCH_DAY };
    const state = threadState(onlyOneDay, [{ thread: 't', at: '2026-11-07T17:00:00+03:00', direction: 'in' }], at('2026-11-20T00:00:00Z'));
    expect(state).toMatchObject({ state: 'ok', dueAt: null, businessElapsedMs: HOUR });
  });
});

describe('event time forms', () => {
  it('accepts epoch ms and Date as well as ISO text, and prints the contract format', () => {
    const events: SlaEvent[] = [
      { thread: 'x:1', at: Date.UTC(2026, 10, 2, 7, 0, 0, 5), direction: 'in' },
      { thread: 'x:1', at: new Date(Date.UTC(2026, 10, 2, 7, 30)), direction: 'out' },
    ];
    expect(threadState(MOSCOW_OFFICE, events, END_OF_MONDAY).replies).toEqual([
      { start: '2026-11-02T07:00:00.005Z', end: '2026-11-02T07:30:00.000Z', target: 'first', businessMs: 30 * MINUTE - 5, withinSla: true },
    ]);
  });

  it('rejects an invalid event time naming the thread', () => {
    expect(() => threadState(MOSCOW_OFFICE, [{ thread: 'x:9', at: 'yesterday', direction: 'in' }], END_OF_MONDAY)).toThrow(/x:9.*yesterday/);
  });
});
