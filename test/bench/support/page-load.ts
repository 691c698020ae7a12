import type { BenchBrowser } from './browsers';
import { readProbes, waitForReady, type LongTask, type ProbeMarks } from './page-probes';

export interface LoadSample {
  marks: ProbeMarks;
  /** Long tasks from navigation start until the page was ready. */
  longTasks: LongTask[];
}

export interface ReadyTiming {
  /** After the panel shows, how long to wait for the SLA timer (the thread read) before giving up. */
  slaGraceMs: number;
  timeoutMs: number;
}

/** One cold page load in a new tab: navigate, let the probes focus the composer, wait for readiness. */
export async function measureLoad(browser: BenchBrowser, url: string, timing: ReadyTiming): Promise<LoadSample> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForReady(page, browser.extensionId !== null, timing.slaGraceMs, timing.timeoutMs);
    const { marks, longTasks } = await readProbes(page);
    return { marks, longTasks };
  } finally {
    await page.close();
  }
}
