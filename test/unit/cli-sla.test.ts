import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

const FIXTURES = join(__dirname, '../fixtures/sla');
const POLICY = join(FIXTURES, 'policy.json');
const EVENTS = join(FIXTURES, 'events.jsonl');
/** Friday Nov 6 2026, 15:00 in Moscow. */
const NOW = '2026-11-06T15:00:00+03:00';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['sla', ...args], { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const MIN = 60_000;

/*
 * Expected report, worked out by hand from test/fixtures/sla: Moscow (UTC+3), Mon–Fri 09–13 and
 * 14–18, Wed Nov 4 a holiday, first reply 120 min, next 240 min, warning at 75%.
 */
const EXPECTED = {
  threads: [
    {
      // Thu 09:10 in, 09:40 out (30 min). Thu 16:00 in, next target 240 min: Thu 16–18 (120) + Fri 09–11
      // (120) → due Fri 11:00 MSK. Elapsed by Fri 15:00: 120 + 240 + 60 = 420 min.
      thread: 'fb:post_9',
      state: 'breached',
      pendingSince: '2026-11-05T13:00:00.000Z',
      dueAt: '2026-11-06T08:00:00.000Z',
      businessElapsedMs: 420 * MIN,
      target: 'next',
      replies: [{ start: '2026-11-05T06:10:00.000Z', end: '2026-11-05T06:40:00.000Z', target: 'first', businessMs: 30 * MIN, withinSla: true }],
    },
    {
      // Fri 14:30 in; the 15:30 out is after now. 30 min elapsed, due 16:30 MSK.
      thread: 'ig:dm_5',
      state: 'ok',
      pendingSince: '2026-11-06T11:30:00.000Z',
      dueAt: '2026-11-06T13:30:00.000Z',
      businessElapsedMs: 30 * MIN,
      target: 'first',
      replies: [],
    },
    {
      // Tue 17:00 in, Thu 10:30 out: Tue 60 + holiday 0 + Thu 90 = 150 min > 120.
      thread: 'tg:chat_7',
      state: 'answered',
      pendingSince: null,
      dueAt: null,
      businessElapsedMs: null,
      replies: [{ start: '2026-11-03T14:00:00.000Z', end: '2026-11-05T07:30:00.000Z', target: 'first', businessMs: 150 * MIN, withinSla: false }],
    },
    {
      // out then in at Thu 10:00 (file order): the out answers nothing, the in starts the clock.
      // Due Thu 12:00; elapsed Thu 180 + 240, Fri 240 + 60 = 720 min.
      thread: 'tg:chat_8',
      state: 'breached',
      pendingSince: '2026-11-05T07:00:00.000Z',
      dueAt: '2026-11-05T09:00:00.000Z',
      businessElapsedMs: 720 * MIN,
      target: 'first',
      replies: [],
    },
    {
      // in then out at Fri 10:00: answered in 0 ms.
      thread: 'tg:chat_9',
      state: 'answered',
      pendingSince: null,
      dueAt: null,
      businessElapsedMs: null,
      replies: [{ start: '2026-11-06T07:00:00.000Z', end: '2026-11-06T07:00:00.000Z', target: 'first', businessMs: 0, withinSla: true }],
    },
    {
      // Mon 12:30 in → 14:45 out: 30 + 45 = 75 min (lunch excluded). Tue 10:00 in (10:05 in ignored)
      // → 16:00 out: 180 + 120 = 300 min > 240. The 16:10 out has nothing pending.
      thread: 'vk:club1_1',
      state: 'answered',
      pendingSince: null,
      dueAt: null,
      businessElapsedMs: null,
      replies: [
        { start: '2026-11-02T09:30:00.000Z', end: '2026-11-02T11:45:00.000Z', target: 'first', businessMs: 75 * MIN, withinSla: true },
        { start: '2026-11-03T07:00:00.000Z', end: '2026-11-03T13:00:00.000Z', target: 'next', businessMs: 300 * MIN, withinSla: false },
      ],
    },
    // vk:club1_2 has only an event after now: it does not exist yet, so it is not in the report.
    {
      // The file lists the 11:00 out before the 10:00 in: time order wins.
      thread: 'vk:club1_3',
      state: 'answered',
      pendingSince: null,
      dueAt: null,
      businessElapsedMs: null,
      replies: [{ start: '2026-11-02T07:00:00.000Z', end: '2026-11-02T08:00:00.000Z', target: 'first', businessMs: 60 * MIN, withinSla: true }],
    },
    {
      // Fri 12:30 in: 30 min before lunch + 60 after = 90 = 75% of 120 → warning; due 15:30 MSK.
      thread: 'x:dm_3',
      state: 'warning',
      pendingSince: '2026-11-06T09:30:00.000Z',
      dueAt: '2026-11-06T12:30:00.000Z',
      businessElapsedMs: 90 * MIN,
      target: 'first',
      replies: [],
    },
  ],
  summary: { threads: 8, replies: 6, withinSla: 4, breachedNow: 2, waitingNow: 4 },
};

describe('trustops sla', () => {
  it('prints the report for the fixture', async () => {
    const { code, out, err } = await run('--policy', POLICY, '--events', EVENTS, '--now', NOW);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(EXPECTED);
    // Exactly the report object, keys in the contract's order.
    expect(out).toBe(JSON.stringify(EXPECTED, null, 2));
  });

  it('accepts --json (the report is JSON anyway)', async () => {
    const { code, out } = await run('--policy', POLICY, '--events', EVENTS, '--now', '2026-11-06T12:00:00.000Z', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).summary).toEqual(EXPECTED.summary);
  });
});

describe('trustops sla, schema-valid extremes (answered, not hung)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trustops-sla-extreme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: object[]) => {
    const path = join(dir, name);
    writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n'));
    return path;
  };
  const MAX_MINUTES = 10 * 366 * 24 * 60;

  it('reports clocks started in year 1000 as breached, a reply after a millennium as not within SLA', async () => {
    const events = write('old.jsonl', [
      { thread: 'pending', at: '1000-01-01T10:00:00Z', direction: 'in' },
      { thread: 'replied', at: '1000-01-01T10:00:00Z', direction: 'in' },
      { thread: 'replied', at: '2026-11-02T10:00:00Z', direction: 'out' },
    ]);
    const { code, out, err } = await run('--policy', POLICY, '--events', events, '--now', NOW);
    expect([code, err]).toEqual([0, '']);
    const report = JSON.parse(out);
    expect(report.threads[0]).toMatchObject({ thread: 'pending', state: 'breached', pendingSince: '1000-01-01T10:00:00.000Z' });
    expect(report.threads[1].replies).toMatchObject([{ start: '1000-01-01T10:00:00.000Z', end: '2026-11-02T10:00:00.000Z', withinSla: false }]);
    expect(report.summary).toEqual({ threads: 2, replies: 1, withinSla: 0, breachedNow: 1, waitingNow: 1 });
  });

  it('answers for a one-minute-a-week policy with the largest targets', async () => {
    const policy = write('week.json', [{ timezone: 'Europe/Moscow', hours: { mon: [['09:00', '09:01']] }, firstReplyMinutes: MAX_MINUTES, nextReplyMinutes: MAX_MINUTES }]);
    const events = write('week.jsonl', [
      { thread: 'fresh', at: '2026-11-02T10:00:00Z', direction: 'in' },
      { thread: 'ancient', at: '0001-01-01T00:00:00Z', direction: 'in' },
      { thread: 'later', at: '9999-12-31T23:59:59Z', direction: 'in' },
    ]);
    const { code, out } = await run('--policy', policy, '--events', events, '--now', NOW);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    // The due time is beyond the walk horizon: null; a clock older than the horizon is breached.
    expect(report.threads.map((t: { thread: string; state: string; dueAt: string | null }) => [t.thread, t.state, t.dueAt])).toEqual([
      ['ancient', 'breached', null],
      ['fresh', 'ok', null],
    ]);
  });
});

describe('trustops sla, invalid input (exit 1, file, line/path and reason on stderr)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trustops-sla-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const policyWith = (patch: object) => file(`policy-${Math.random().toString(36).slice(2)}.json`, JSON.stringify({ ...JSON.parse(readFileSync(POLICY, 'utf8')), ...patch }));

  it('names an invalid time zone', async () => {
    const policy = policyWith({ timezone: 'Europe/Moskva' });
    const { code, out, err } = await run('--policy', policy, '--events', EVENTS, '--now', NOW);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`${policy}: timezone: unknown IANA time zone "Europe/Moskva"`);
  });

  it('names a bad "25:00" and a bad date', async () => {
    const policy = policyWith({ hours: { mon: [['09:00', '25:00']] }, holidays: ['2026-11-31'] });
    const { code, err } = await run('--policy', policy, '--events', EVENTS, '--now', NOW);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      `${policy}: hours.mon[0][1]: invalid time "25:00" (expected HH:mm from 00:00 to 24:00)`,
      `${policy}: holidays[0]: invalid date "2026-11-31" (expected YYYY-MM-DD)`,
    ]);
  });

  it('names the line of a bad direction, a bad time and broken JSON', async () => {
    const events = file(
      'events.jsonl',
      [
        '{"thread":"vk:1","at":"2026-11-02T10:00:00Z","direction":"in"}',
        '{"thread":"vk:1","at":"2026-11-02T11:00:00Z","direction":"inbound"}',
        '',
        '{"thread":"vk:1","at":"2026-11-02 12:00","direction":"out"}',
        '{"thread":"vk:1",',
      ].join('\n'),
    );
    const { code, err } = await run('--policy', POLICY, '--events', events, '--now', NOW);
    expect(code).toBe(1);
    const lines = err.split('\n');
    expect(lines[0]).toBe(`${events}:2: direction: direction must be "in" or "out", got "inbound"`);
    expect(lines[1]).toMatch(new RegExp(`^${escape(events)}:4: at: invalid time "2026-11-02 12:00"`));
    expect(lines[2]).toMatch(new RegExp(`^${escape(events)}:5: invalid JSON`));
  });

  it('names a bad --now and missing options', async () => {
    expect(await run('--policy', POLICY, '--events', EVENTS, '--now', '2026-11-06 15:00')).toMatchObject({
      code: 1,
      err: '--now: invalid time "2026-11-06 15:00" (expected ISO 8601 with Z or an offset, e.g. 2026-11-20T10:00:00Z)',
    });
    expect(await run('--policy', POLICY, '--now', NOW)).toMatchObject({ code: 1, err: 'sla: missing --events FILE.jsonl' });
    expect((await run('--policy', POLICY, '--events', EVENTS, '--now', NOW, '--pretty')).code).toBe(1);
    expect(await run('--policy', join(dir, 'missing.json'), '--events', EVENTS, '--now', NOW)).toMatchObject({
      code: 1,
      err: `${join(dir, 'missing.json')}: cannot read the file (does it exist?)`,
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
