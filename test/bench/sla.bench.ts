/**
 * `npm run bench -- sla`: SLA recompute cost. A seeded month (Nov 2026, Moscow office hours with a
 * lunch break and the RU holidays) of 10,000 threads × 20 events, shuffled into one time-ordered log
 * like the JSONL file; then computeMetrics over 100,000 replies.
 * Target: buildReport over all threads under 50 ms median.
 * Then the extremes (support/sla-extremes.ts): a year-0001 page through the background's path
 * (< 100 ms) and spawned CLI runs on extreme input (< 1 s each).
 */
import { buildReport, computeMetrics, RU_CALENDAR_2026_2027, threadState, type ReplyRecord, type SlaEvent, type SlaPolicy } from '../../lib/engine/sla';
import { fmt, timeEach } from './stats';
import { benchExtremes } from './support/sla-extremes';
import { seededRandom } from '../../lib/engine/random';

const THREADS = 10_000;
const EVENTS_PER_THREAD = 20;
const REPLIES = 100_000;
const RUNS = 15;
const MONTH_START = Date.UTC(2026, 10, 1);
const NOW = new Date('2026-11-30T15:00:00+03:00'); // Monday afternoon: some clocks ok, some warning, some breached
const PLATFORMS = ['vk', 'telegram', 'x', 'instagram', 'facebook', 'youtube'];

const LUNCH_DAY: [string, string][] = [['09:00', '13:00'], ['14:00', '18:00']];
const policy = (): SlaPolicy => ({
  timezone: 'Europe/Moscow',
  hours: { mon: LUNCH_DAY, tue: LUNCH_DAY, wed: LUNCH_DAY, thu: LUNCH_DAY, fri: LUNCH_DAY },
  holidays: RU_CALENDAR_2026_2027.holidays,
  firstReplyMinutes: 120,
  nextReplyMinutes: 240,
  warnRatio: 0.75,
});


function makeLog(random: () => number): { at: number; thread: string; direction: 'in' | 'out' }[] {
  const log: { at: number; thread: string; direction: 'in' | 'out' }[] = [];
  for (let t = 0; t < THREADS; t++) {
    const thread = `${PLATFORMS[t % PLATFORMS.length]}:thread_${t}`;
    let at = MONTH_START + Math.floor(random() * 29.5 * 86_400_000); // the last ones run past now
    for (let e = 0; e < EVENTS_PER_THREAD; e++) {
      log.push({ at, thread, direction: e === 0 || random() < 0.55 ? 'in' : 'out' });
      at += Math.floor(-Math.log(1 - random()) * 90 * 60_000) + 1000; // mean gap 1.5 h
    }
  }
  return log.sort((a, b) => a.at - b.at);
}

function makeReplies(random: () => number): ReplyRecord[] {
  return Array.from({ length: REPLIES }, (_, i) => {
    const start = MONTH_START + Math.floor(random() * 30 * 86_400_000);
    const businessMs = Math.floor(random() * 6 * 3_600_000);
    return {
      thread: `t${i % 30_000}`,
      platform: PLATFORMS[i % PLATFORMS.length]!,
      start: new Date(start).toISOString(),
      end: new Date(start + businessMs + 60_000).toISOString(),
      target: i % 3 === 0 ? 'first' : 'next',
      businessMs,
      withinSla: businessMs <= 2 * 3_600_000,
      escalated: random() < 0.03,
    };
  });
}

export async function bench(): Promise<void> {
  const random = seededRandom(20261101);
  const log = makeLog(random);
  const isoEvents: SlaEvent[] = log.map((e) => ({ thread: e.thread, at: new Date(e.at).toISOString(), direction: e.direction }));
  const msEvents: SlaEvent[] = log.map((e) => ({ thread: e.thread, at: e.at, direction: e.direction }));

  const coldPolicy = policy();
  const t0 = performance.now();
  const report = buildReport(coldPolicy, isoEvents, NOW);
  const cold = performance.now() - t0;
  const { summary } = report;
  console.log(`data: ${summary.threads} threads, ${isoEvents.length} events, ${summary.replies} replies, ` +
    `${summary.withinSla} within SLA, ${summary.waitingNow} waiting, ${summary.breachedNow} breached`);
  console.log(`buildReport, first call (compiles the policy, builds day tables): ${fmt(cold)}`);

  const warm = policy();
  const runs = Array.from({ length: RUNS }, () => null);
  const iso = timeEach(runs, () => buildReport(warm, isoEvents, NOW), 3);
  console.log(`buildReport, ISO-text events (file form), ${RUNS} runs: median ${fmt(iso.median)}, p95 ${fmt(iso.p95)}`);
  const ms = timeEach(runs, () => buildReport(warm, msEvents, NOW), 3);
  console.log(`buildReport, epoch-ms events (storage form), ${RUNS} runs: median ${fmt(ms.median)}, p95 ${fmt(ms.p95)}`);
  console.log(`target (< 50 ms median, ISO form): ${iso.median < 50 ? 'met' : 'MISSED'}`);

  // The extension's way: each thread's events stored apart, one threadState call per thread.
  const byThread = new Map<string, SlaEvent[]>();
  for (const event of isoEvents) {
    const list = byThread.get(event.thread);
    if (list) list.push(event);
    else byThread.set(event.thread, [event]);
  }
  const perThread = [...byThread.values()];
  const single = timeEach(runs, () => perThread.map((events) => threadState(warm, events, NOW)), 3);
  console.log(`threadState × ${perThread.length} threads, ${RUNS} runs: median ${fmt(single.median)}, p95 ${fmt(single.p95)}`);

  const replies = makeReplies(random);
  const metrics = timeEach(runs, () => computeMetrics(replies, { timezone: 'Europe/Moscow' }), 3);
  console.log(`computeMetrics, ${REPLIES} replies, ${RUNS} runs: median ${fmt(metrics.median)}, p95 ${fmt(metrics.p95)}`);

  await benchExtremes();
}
