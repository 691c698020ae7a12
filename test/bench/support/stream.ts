import type { CDPSession, Page } from 'playwright-core';
import { MARK, pool, type Attribution } from './attribution';
import type { BenchBrowser } from './browsers';
import type { ReadyTiming } from './page-load';
import { readProbes, waitForReady, type LongTask } from './page-probes';
import { startTrace, stopTrace, type TraceEvent } from './trace';

export interface StreamOptions {
  batches: number;
  intervalMs: number;
  /** Quiet time before the stream (the panel's start settles) and after it (deferred work lands). */
  settleMs: number;
  ready: ReadyTiming;
}

export interface StreamSample {
  /**
   * Main-thread time per batch window (Performance.getMetrics TaskDuration deltas), ms. Not
   * ScriptDuration: it leaves out script run through Runtime.evaluate, so it misses the page's append.
   */
  taskMs: number[];
  /** Main-thread time from the first batch to the end of the settle time after the last, ms. */
  totalTaskMs: number;
  /** Long tasks the page observed from the first batch on. */
  longTasks: LongTask[];
  /** The whole page life, from navigation (load, mount) to the end of the stream. */
  trace: TraceEvent[];
}

/** The page renderer's main-thread busy time so far, ms. */
async function taskTimeOf(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000; // seconds → ms
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const appendOne = (page: Page) =>
  page.evaluate((mark) => {
    console.timeStamp(mark);
    return (window as unknown as { __appendMessages(n: number): Promise<string> }).__appendMessages(1);
  }, MARK.batch);

/**
 * Loads the page with the panel open (as an agent works), then streams `batches` single messages
 * through the fixture's `window.__appendMessages(1)`, one per interval. A trace runs from
 * navigation to the end; main-thread metrics are read after every batch.
 */
export async function measureStream(browser: BenchBrowser, url: string, options: StreamOptions): Promise<StreamSample> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  try {
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await waitForReady(page, browser.extensionId !== null, options.ready.slaGraceMs, options.ready.timeoutMs);
    await sleep(options.settleMs);
    await cdp.send('Performance.enable');
    const streamStart = await page.evaluate(() => performance.now());
    const first = await taskTimeOf(cdp);
    const taskMs: number[] = [];
    let previous = first;
    for (let i = 0; i < options.batches; i++) {
      await appendOne(page);
      await sleep(options.intervalMs);
      const now = await taskTimeOf(cdp);
      taskMs.push(now - previous);
      previous = now;
    }
    await page.evaluate((mark) => console.timeStamp(mark), MARK.streamEnd);
    await sleep(options.settleMs);
    const last = await taskTimeOf(cdp);
    const { longTasks } = await readProbes(page);
    return {
      taskMs,
      totalTaskMs: last - first,
      longTasks: longTasks.filter((t) => t.start >= streamStart),
      trace: await stopTrace(cdp),
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}

/** A browser's stream runs pooled: batch windows side by side, totals summed. */
export interface StreamResult {
  runs: number;
  taskMs: number[];
  totalTaskMs: number;
  longTasks: LongTask[];
  attribution: Attribution;
}

export function poolStreams(runs: { sample: StreamSample; attribution: Attribution }[]): StreamResult {
  return {
    runs: runs.length,
    taskMs: runs.flatMap((r) => r.sample.taskMs),
    totalTaskMs: runs.reduce((total, r) => total + r.sample.totalTaskMs, 0),
    longTasks: runs.flatMap((r) => r.sample.longTasks),
    attribution: pool(runs.map((r) => r.attribution)),
  };
}
