import type { BenchBrowser } from './browsers';
import type { ReadyTiming } from './page-load';
import { readProbes, waitForReady, type LongTask } from './page-probes';

/**
 * The busy-agent scenario (formerly an e2e assertion, "no long task", which failed on loaded
 * machines): with the panel open on the long thread, messages stream in while the user types.
 * Reported, not judged: long tasks the page observed from the first message on.
 */
export interface TypingOptions {
  /** Appended by the fixture's `__appendMessages(n, tickMs)`: 10 per tick. */
  messages: number;
  tickMs: number;
  text: string;
  keyDelayMs: number;
  composerSelector: string;
  /** Quiet time before (the panel's start settles) and after (deferred re-reads land). */
  settleMs: number;
  ready: ReadyTiming;
}

export interface TypingSample {
  longTasks: LongTask[];
  /** From the first message to the end of the settle time after the last key and message, ms. */
  windowMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureTyping(browser: BenchBrowser, url: string, options: TypingOptions): Promise<TypingSample> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForReady(page, browser.extensionId !== null, options.ready.slaGraceMs, options.ready.timeoutMs);
    await sleep(options.settleMs);
    const start = await page.evaluate(() => performance.now());
    const streamed = page.evaluate(
      ({ messages, tickMs }) => (window as unknown as { __appendMessages(n: number, ms: number): Promise<string> }).__appendMessages(messages, tickMs),
      { messages: options.messages, tickMs: options.tickMs },
    );
    await page.locator(options.composerSelector).pressSequentially(options.text, { delay: options.keyDelayMs });
    await streamed;
    await sleep(options.settleMs);
    const end = await page.evaluate(() => performance.now());
    const { longTasks } = await readProbes(page);
    return { longTasks: longTasks.filter((t) => t.start >= start), windowMs: end - start };
  } finally {
    await page.close().catch(() => {});
  }
}

export function printTyping(options: TypingOptions, samples: Record<BenchBrowser['label'], TypingSample[]>): void {
  const perRun = (runs: TypingSample[]) =>
    runs.map((r) => `${r.longTasks.length} / ${r.longTasks.length ? Math.round(Math.max(...r.longTasks.map((t) => t.duration))) : '—'}`).join(', ');
  const window = (runs: TypingSample[]) => Math.round(Math.max(0, ...runs.map((r) => r.windowMs)));
  console.log(
    `\nStream while typing — ${options.messages} messages (10 every ${options.tickMs} ms) while "${options.text}" is typed ` +
      `${options.keyDelayMs} ms per key, panel open; long tasks (PerformanceObserver) from the first message to ${options.settleMs} ms ` +
      `after the last, count / longest ms per run (window ≤ ${window([...samples.extension, ...samples.baseline])} ms):`,
  );
  console.log(`  with the extension: ${perRun(samples.extension)}`);
  console.log(`  without it:         ${perRun(samples.baseline)}`);
}
