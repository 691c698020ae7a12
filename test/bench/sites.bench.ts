/**
 * `npm run bench -- sites`: what TrustOps costs on a heavy real-world page. The 5,000-message VK
 * thread fixture is served at its real address (https://vk.com/im/convo/<peer>, routed, no
 * network) to two headless Chromiums at once: one with the built extension, one without (the
 * baseline). Loads alternate between them so that machine noise hits both alike.
 *
 * 1. Page load ×5 (after one warm-up): DOMContentLoaded, load, the composer focused (re-focused
 *    every 100 ms until the overlay reacts: a page cannot see the content script start), the panel
 *    shown, the SLA timer shown (the thread read).
 * 2. Stream: with the panel open, 100 × `__appendMessages(1)` 30 ms apart; two runs per browser in
 *    ABBA order (with, without, without, with). Extension time per batch by three methods:
 *    A. Performance.getMetrics TaskDuration deltas, with − without; B. trace events naming the
 *    content script's URL; C. CPU-profile samples with its frames on the stack.
 * 3. Longest task: PerformanceObserver long tasks with vs without, and from the trace the task
 *    holding the most extension work.
 * 4. Stream while typing (the e2e suite checks this scenario works, without timing it): 200 messages
 *    arrive while the user types; long tasks per run, with vs without, in ABBA order.
 * It builds nothing: it measures whatever is in <output root>/chrome-mv3-test (`npm run bench`
 * builds it; the test build keeps the overlay's shadow root open for the probes).
 */
import { longVkThreadHtml } from '../fixtures/sites/long-thread';
import { EXTENSION_DIR } from '../e2e/support/browser';
import { attribute, type Attribution } from './support/attribution';
import { browserVersion, extensionIsBuilt, launchBrowser, type BenchBrowser } from './support/browsers';
import { serveOnly } from './support/network';
import { measureLoad, type LoadSample } from './support/page-load';
import { addProbes } from './support/page-probes';
import { printLoads, printLongest, printStream } from './support/report';
import { measureStream, poolStreams, type StreamSample } from './support/stream';
import { measureTyping, printTyping, type TypingOptions, type TypingSample } from './support/typing';

const PAGE_URL = 'https://vk.com/im/convo/123456789';
const MESSAGES = 5000;
const WARMUP_LOADS = 1;
const TIMED_LOADS = 5;
const STREAM = { batches: 100, intervalMs: 30, settleMs: 1000 };
const READY = { slaGraceMs: 1500, timeoutMs: 15_000 };
const TYPING: TypingOptions = {
  messages: 200,
  tickMs: 20,
  text: 'Здравствуйте! Проверим',
  keyDelayMs: 20,
  composerSelector: '.ConvoComposer__input',
  settleMs: 600,
  ready: READY,
};
/** The suite closes its browsers and gives up after this, whatever hangs. */
const WATCHDOG_MS = 240_000;

const probeConfig = (browser: BenchBrowser) => ({
  origin: new URL(PAGE_URL).origin,
  extension: browser.extensionId !== null,
  // The overlay mounts within a frame or two of a focus it hears: 100 ms apart never overlaps a mount.
  refocusMs: 100,
  refocusForMs: READY.timeoutMs,
  composerSelector: '.ConvoComposer__input',
  hostTag: 'trustops-overlay',
  panelSelector: '[data-testid="trustops-panel"]',
  slaSelector: '[data-testid="trustops-sla"]',
  // The probes stop polling before the stream starts (ready + settle), so they never weigh on it.
  watchMs: READY.slaGraceMs + STREAM.settleMs / 2,
});

export async function bench(): Promise<void> {
  if (!extensionIsBuilt()) {
    console.log(`no built extension in ${EXTENSION_DIR}: run \`npm run build:test\` first`);
    process.exitCode = 1;
    return;
  }
  const started = Date.now();
  const html = longVkThreadHtml(MESSAGES);
  const browsers: BenchBrowser[] = [];
  const watchdog = setTimeout(() => {
    console.error(`sites bench: still running after ${WATCHDOG_MS / 1000} s, closing the browsers`);
    for (const browser of browsers) void browser.close();
    // Closing fails every pending browser call; should something still hang, end the process.
    setTimeout(() => process.exit(2), 15_000).unref();
  }, WATCHDOG_MS);
  try {
    for (const label of ['extension', 'baseline'] as const) browsers.push(await launchBrowser(label));
    const [extension, baseline] = browsers as [BenchBrowser, BenchBrowser];
    const refused = new Map<BenchBrowser, string[]>();
    for (const browser of browsers) {
      refused.set(browser, await serveOnly(browser.context, PAGE_URL, html));
      await addProbes(browser.context, probeConfig(browser));
    }

    const loads: Record<BenchBrowser['label'], LoadSample[]> = { extension: [], baseline: [] };
    for (let round = 0; round < WARMUP_LOADS + TIMED_LOADS; round++)
      for (const browser of browsers) {
        const sample = await measureLoad(browser, PAGE_URL, READY);
        if (round >= WARMUP_LOADS) loads[browser.label].push(sample);
      }

    // ABBA order: a drift in the machine's load over the runs cancels out of the with − without difference.
    const streams: Record<BenchBrowser['label'], { sample: StreamSample; attribution: Attribution }[]> = { extension: [], baseline: [] };
    const origin = extension.extensionOrigin!;
    for (const browser of [extension, baseline, baseline, extension]) {
      const sample = await measureStream(browser, PAGE_URL, { ...STREAM, ready: READY });
      // The same rules on the page without the extension must find nothing: a check on the method.
      streams[browser.label].push({ sample: { ...sample, trace: [] }, attribution: attribute(sample.trace, origin) });
    }
    const [extensionResult, baselineResult] = [poolStreams(streams.extension), poolStreams(streams.baseline)];

    const typing: Record<BenchBrowser['label'], TypingSample[]> = { extension: [], baseline: [] };
    for (const browser of [extension, baseline, baseline, extension]) typing[browser.label].push(await measureTyping(browser, PAGE_URL, TYPING));

    console.log(`${MESSAGES.toLocaleString('en')}-message VK thread at ${PAGE_URL} (routed fixture), headless ${await browserVersion(extension)}`);
    printLoads(loads.extension, loads.baseline);
    printStream(STREAM.batches, extensionResult, baselineResult);
    printLongest(extensionResult, baselineResult, loads);
    printTyping(TYPING, typing);
    const refusedUrls = browsers.flatMap((b) => refused.get(b) ?? []);
    console.log(`\nnetwork: only the routed page was served; ${refusedUrls.length} other request(s) refused${refusedUrls.length ? ': ' + [...new Set(refusedUrls)].join(', ') : ''}`);
    console.log(`suite time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    clearTimeout(watchdog);
    await Promise.all(browsers.map((browser) => browser.close()));
  }
}
