import { describe, expect, it } from 'vitest';
import { buildReport, threadState, type SlaEvent } from '../../lib/engine/sla';
import { SlaReportSchema } from '../../lib/schema/policy';
import { at, HOUR, MOSCOW_OFFICE } from '../fixtures/sla/policies';

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const event = (thread: string, time: string, direction: SlaEvent['direction']): SlaEvent => ({ thread, at: time, direction });

// Monday Nov 2 2026, Moscow office hours 09–13, 14–18; now = 12:00 MSK.
const NOW = at('2026-11-02T12:00:00+03:00');
const EVENTS: SlaEvent[] = [
  event('vk:2', '2026-11-02T09:00:00+03:00', 'in'), //  answered in 30 min
  event('vk:10', '2026-11-02T09:30:00+03:00', 'in'), // breached at 11:30
  event('B', '2026-11-02T10:00:00+03:00', 'in'), //      answered 1 ms before the 2 h target
  event('vk:2', '2026-11-02T09:30:00+03:00', 'out'),
  event('a', '2026-11-02T10:40:00+03:00', 'in'), //      80 min at noon → ok
  event('vk:2', '2026-11-02T10:30:00+03:00', 'in'), //   next clock, 90 of 240 min → ok
  event('B', '2026-11-02T11:59:59.999+03:00', 'out'),
  event('c', '2026-11-02T10:30:00+03:00', 'in'), //      90 min at noon → warning
  event('c', '2026-11-02T12:30:00+03:00', 'out'), //     after now: ignored
];

describe('buildReport', () => {
  const report = buildReport(MOSCOW_OFFICE, EVENTS, NOW);

  it('lists every thread once, sorted by UTF-16 code units', () => {
    expect(report.threads.map((t) => t.thread)).toEqual(['B', 'a', 'c', 'vk:10', 'vk:2']);
  });

  it('computes each thread', () => {
    const byId = Object.fromEntries(report.threads.map((t) => [t.thread, t]));
    expect(byId['B']).toEqual({
      thread: 'B',
      state: 'answered',
      pendingSince: null,
      dueAt: null,
      businessElapsedMs: null,
      replies: [
        { start: '2026-11-02T07:00:00.000Z', end: '2026-11-02T08:59:59.999Z', target: 'first', businessMs: 2 * HOUR - 1, withinSla: true },
      ],
    });
    expect(byId['vk:10']).toMatchObject({ state: 'breached', dueAt: '2026-11-02T08:30:00.000Z', businessElapsedMs: 2.5 * HOUR });
    expect(byId['a']).toMatchObject({ state: 'ok', businessElapsedMs: 80 * 60_000 });
    expect(byId['c']).toMatchObject({ state: 'warning', businessElapsedMs: 90 * 60_000, replies: [] });
    expect(byId['vk:2']).toMatchObject({ state: 'ok', target: 'next', dueAt: '2026-11-02T12:30:00.000Z' });
    expect(byId['vk:2']!.replies).toHaveLength(1);
  });

  it('summarises', () => {
    expect(report.summary).toEqual({ threads: 5, replies: 2, withinSla: 2, breachedNow: 1, waitingNow: 4 });
  });

  it("keeps the contract's key order", () => {
    expect(Object.keys(report)).toEqual(['threads', 'summary']);
    const pending = report.threads.find((t) => t.thread === 'c')!;
    expect(Object.keys(pending)).toEqual(['thread', 'state', 'pendingSince', 'dueAt', 'businessElapsedMs', 'target', 'replies']);
    const answered = report.threads.find((t) => t.thread === 'B')!;
    expect(Object.keys(answered)).toEqual(['thread', 'state', 'pendingSince', 'dueAt', 'businessElapsedMs', 'replies']);
    expect(Object.keys(answered.replies[0]!)).toEqual(['start', 'end', 'target', 'businessMs', 'withinSla']);
    expect(Object.keys(report.summary)).toEqual(['threads', 'replies', 'withinSla', 'breachedNow', 'waitingNow']);
  });

  it('prints every time as YYYY-MM-DDTHH:mm:ss.sssZ, whatever the input form', () => {
    const times = report.threads.flatMap((t) => [t.pendingSince, t.dueAt, ...t.replies.flatMap((r) => [r.start, r.end])]);
    const present = times.filter((t): t is string => t !== null);
    expect(present.length).toBeGreaterThan(8);
    for (const time of present) expect(time).toMatch(CANONICAL);
  });

  it('matches the report schema and does not touch its input', () => {
    expect(SlaReportSchema.safeParse(report).success).toBe(true);
    const copy = structuredClone(EVENTS);
    buildReport(MOSCOW_OFFICE, EVENTS, NOW);
    expect(EVENTS).toEqual(copy);
  });

  it('gives the same report for epoch-ms events', () => {
    const asMs = EVENTS.map((e) => ({ ...e, at: Date.parse(e.at as string) }));
    expect(buildReport(MOSCOW_OFFICE, asMs, NOW)).toEqual(report);
  });

  it('reports nothing for no events', () => {
    expect(buildReport(MOSCOW_OFFICE, [], NOW)).toEqual({
      threads: [],
      summary: { threads: 0, replies: 0, withinSla: 0, breachedNow: 0, waitingNow: 0 },
    });
  });

  it('leaves out a thread with no event at or before now (it does not exist yet)', () => {
    const events = [...EVENTS, event('later', '2026-11-02T12:00:00.001+03:00', 'in'), event('later', '2026-11-03T09:00:00+03:00', 'out')];
    const later = buildReport(MOSCOW_OFFICE, events, NOW);
    expect(later.threads.map((t) => t.thread)).toEqual(['B', 'a', 'c', 'vk:10', 'vk:2']);
    expect(later.summary.threads).toBe(5);
    // An event exactly at now counts: the thread is there.
    const atNow = buildReport(MOSCOW_OFFICE, [event('now', '2026-11-02T12:00:00+03:00', 'in')], NOW);
    expect(atNow.threads).toMatchObject([{ thread: 'now', state: 'ok', businessElapsedMs: 0 }]);
  });

  it('recomputes a thread whose events are out of time order', () => {
    const events = [
      event('late', '2026-11-02T10:00:00+03:00', 'in'),
      event('late', '2026-11-02T11:00:00+03:00', 'out'),
      event('late', '2026-11-02T09:30:00+03:00', 'in'), // earlier than the line before: time order wins
    ];
    // Sorted: in 09:30, in 10:00 (ignored), out 11:00 → one 90-minute reply.
    expect(buildReport(MOSCOW_OFFICE, events, NOW).threads[0]!.replies).toEqual([
      { start: '2026-11-02T06:30:00.000Z', end: '2026-11-02T08:00:00.000Z', target: 'first', businessMs: 90 * 60_000, withinSla: true },
    ]);
  });

  it('agrees with threadState thread by thread on a shuffled log', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const events: SlaEvent[] = [];
    for (let i = 0; i < 400; i++) {
      const ms = Date.UTC(2026, 10, 2) + Math.floor(random() * 7 * 86_400_000);
      events.push({ thread: `t${Math.floor(random() * 12)}`, at: new Date(ms).toISOString(), direction: random() < 0.5 ? 'in' : 'out' });
    }
    events.sort((a, b) => (a.at < b.at ? -1 : 1));
    for (let i = 0; i < 20; i++) {
      const [a, b] = [Math.floor(random() * events.length), Math.floor(random() * events.length)];
      [events[a], events[b]] = [events[b]!, events[a]!]; // a few threads out of order
    }
    const now = at('2026-11-07T12:00:00Z');
    const report = buildReport(MOSCOW_OFFICE, events, now);
    for (const thread of report.threads)
      expect(thread).toEqual(threadState(MOSCOW_OFFICE, events.filter((e) => e.thread === thread.thread), now));
  });
});

