import { describe, expect, it } from 'vitest';
import { computeMetrics, metricsToCsv, type ReplyRecord } from '../../lib/engine/sla';

const reply = (overrides: Partial<ReplyRecord>): ReplyRecord => ({
  thread: 't1',
  platform: 'vk',
  start: '2026-11-02T07:00:00.000Z',
  end: '2026-11-02T08:00:00.000Z',
  target: 'first',
  businessMs: 0,
  withinSla: true,
  ...overrides,
});

const REPLIES: ReplyRecord[] = [
  reply({ thread: 't1', businessMs: 10, end: '2026-11-02T08:00:00.000Z' }),
  reply({ thread: 't1', businessMs: 100, target: 'next', end: '2026-11-02T20:59:59.999Z' }), // Nov 2, 23:59:59.999 MSK
  reply({ thread: 't2', businessMs: 20, platform: 'telegram', end: '2026-11-02T21:00:00.000Z' }), // Nov 3, 00:00 MSK
  reply({ thread: 't3', businessMs: 30, withinSla: false, escalated: true, end: Date.UTC(2026, 10, 3, 9) }),
  reply({ thread: 't3', businessMs: 40, withinSla: false, platform: 'x', end: '2026-11-05T10:00:00+03:00' }),
];

describe('computeMetrics', () => {
  const metrics = computeMetrics(REPLIES, { timezone: 'Europe/Moscow' });

  it('takes median and p90 per target, interpolating between ranks', () => {
    // first: 10, 20, 30, 40 → median 25; p90 at rank 2.7 → 30 + 0.7 × 10 = 37.
    expect(metrics.firstReply).toEqual({ median: 25, p90: 37, count: 4 });
    expect(metrics.nextReply).toEqual({ median: 100, p90: 100, count: 1 });
  });

  it('counts shares, platforms and local days', () => {
    expect(metrics.withinSlaShare).toBe(3 / 5);
    expect(metrics.perPlatform).toEqual({ telegram: 1, vk: 3, x: 1 });
    expect(Object.keys(metrics.perPlatform)).toEqual(['telegram', 'vk', 'x']);
    expect(metrics.perDay).toEqual([
      { date: '2026-11-02', count: 2 },
      { date: '2026-11-03', count: 2 },
      { date: '2026-11-05', count: 1 },
    ]);
    expect(metrics.closedWithoutEscalationShare).toBe(2 / 3);
  });

  it('uses the given time zone for days', () => {
    const utcDays = computeMetrics(REPLIES, { timezone: 'UTC' }).perDay;
    expect(utcDays).toEqual([
      { date: '2026-11-02', count: 3 },
      { date: '2026-11-03', count: 1 },
      { date: '2026-11-05', count: 1 },
    ]);
  });

  it('keeps replies sent in [from, to)', () => {
    const period = computeMetrics(REPLIES, { timezone: 'Europe/Moscow', from: new Date('2026-11-02T21:00:00Z'), to: new Date('2026-11-05T07:00:00Z') });
    expect(period.firstReply).toEqual({ median: 25, p90: 29, count: 2 });
    expect(period.nextReply).toEqual({ median: null, p90: null, count: 0 });
    expect(period.closedWithoutEscalationShare).toBe(1 / 2);
  });

  it('has nulls, not zeros, without data', () => {
    expect(computeMetrics([], { timezone: 'Europe/Moscow' })).toEqual({
      firstReply: { median: null, p90: null, count: 0 },
      nextReply: { median: null, p90: null, count: 0 },
      withinSlaShare: null,
      openBreaches: 0,
      perPlatform: {},
      perDay: [],
      closedWithoutEscalationShare: null,
    });
  });

  it('rejects an unknown time zone', () => {
    expect(() => computeMetrics(REPLIES, { timezone: 'Nowhere/City' })).toThrow(/unknown IANA time zone/);
  });
});

describe('open breaches count as missed replies', () => {
  const allOnTime = [reply({ thread: 'a' }), reply({ thread: 'b', end: '2026-11-03T08:00:00.000Z' })];
  const overdue = [
    { thread: 'c', platform: 'vk', dueAt: '2026-11-03T09:00:00.000Z' },
    { thread: 'd', platform: 'telegram', dueAt: Date.UTC(2026, 10, 4, 12) },
  ];

  it('"on time" = replied within SLA ÷ (replied + overdue now): two on time, two overdue → 50 %, not 100 %', () => {
    expect(computeMetrics(allOnTime, { timezone: 'UTC' }).withinSlaShare).toBe(1);
    const metrics = computeMetrics(allOnTime, { timezone: 'UTC', openBreaches: overdue });
    expect(metrics.withinSlaShare).toBe(2 / 4);
    expect(metrics.openBreaches).toBe(2);
    // Reply times and counts are about replies only.
    expect(metrics.firstReply.count).toBe(2);
  });

  it('with no replies at all, overdue threads make 0 %, not "no data"', () => {
    expect(computeMetrics([], { timezone: 'UTC', openBreaches: overdue })).toMatchObject({ withinSlaShare: 0, openBreaches: 2 });
  });

  it('a breach counts in periods ending after it became overdue, however early it started', () => {
    const before = computeMetrics(allOnTime, { timezone: 'UTC', openBreaches: overdue, from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-03T09:00:00Z') });
    expect(before).toMatchObject({ openBreaches: 0, withinSlaShare: 1 });
    const later = computeMetrics(allOnTime, { timezone: 'UTC', openBreaches: overdue, from: new Date('2026-11-10T00:00:00Z'), to: new Date('2026-11-11T00:00:00Z') });
    expect(later).toMatchObject({ openBreaches: 2, withinSlaShare: 0 });
  });

  it('rejects an invalid due time', () => {
    expect(() => computeMetrics([], { timezone: 'UTC', openBreaches: [{ thread: 'x', platform: 'vk', dueAt: 'soon' }] })).toThrow(/thread "x"/);
  });
});

describe('metricsToCsv', () => {
  it('writes one metric per row, empty for no data, escaping user text', () => {
    const metrics = computeMetrics([reply({ platform: '=cmd,"x"', businessMs: 60_000 })], { timezone: 'UTC' });
    expect(metricsToCsv(metrics)).toBe(
      [
        'metric,key,value',
        'firstReply.median,,60000',
        'firstReply.p90,,60000',
        'firstReply.count,,1',
        'nextReply.median,,',
        'nextReply.p90,,',
        'nextReply.count,,0',
        'withinSlaShare,,1',
        'openBreaches,,0',
        'closedWithoutEscalationShare,,1',
        `perPlatform,"'=cmd,""x""",1`,
        'perDay,2026-11-02,1',
        '',
      ].join('\r\n'),
    );
  });
});
