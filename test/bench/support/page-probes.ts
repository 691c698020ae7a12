import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the bench observes from inside the page (the main world). Everything is in page time:
 * milliseconds since navigation start (`performance.now()`), so no clock crosses processes.
 */
export interface ProbeConfig {
  /** Probes run on this origin only. */
  origin: string;
  /**
   * With the extension: focus the composer again every `refocusMs` until the overlay's host appears.
   * The page cannot hear the content script start (the overlay swallows WXT's start event, so that
   * a page can neither detect nor stop it), and the overlay reacts only to a focus that comes later.
   */
  extension: boolean;
  refocusMs: number;
  /** Stop re-focusing after this (the content script never came). */
  refocusForMs: number;
  composerSelector: string;
  hostTag: string;
  panelSelector: string;
  slaSelector: string;
  /** How long to keep looking for the panel and the SLA timer after focusing the composer. */
  watchMs: number;
}

export interface ProbeMarks {
  /**
   * The composer got focus: without the extension at `load`; with it, the last re-focus before the
   * overlay's host appeared (the one the overlay reacted to, unless mounting took over `refocusMs`).
   */
  focus?: number;
  /** The overlay's shadow-root host is in the page. */
  host?: number;
  /** `[data-testid=trustops-panel]` is rendered and visible (first frame it is in). */
  panel?: number;
  /** `[data-testid=trustops-sla]` is visible: the adapter has read the thread. */
  sla?: number;
  domContentLoaded?: number;
  load?: number;
}

export interface LongTask {
  start: number;
  duration: number;
}

interface ProbeState {
  marks: ProbeMarks;
  longTasks: LongTask[];
}

/**
 * The init script. Self-contained: Playwright serialises it into every new document. It focuses the
 * composer the moment the overlay can react, then watches the shadow root frame by frame.
 */
function installProbes(config: ProbeConfig): void {
  if (location.origin !== config.origin) return;
  const state: ProbeState = { marks: {}, longTasks: [] };
  const { marks } = state;
  (window as unknown as { __trustopsBench: ProbeState }).__trustopsBench = state;
  console.timeStamp('trustops-bench:page'); // names the page's renderer thread in traces

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => (marks.domContentLoaded = performance.now()), { once: true });
  addEventListener('load', () => (marks.load = performance.now()), { once: true });

  const isVisible = (el: Element | null | undefined) => !!el && el.checkVisibility() && el.getBoundingClientRect().width > 0;

  /** Frame by frame: the host, then the panel and the SLA timer, each `watchMs` at most after the host. */
  const watchOverlay = (waitForHostMs: number) => {
    let until = performance.now() + waitForHostMs + config.watchMs;
    let host: Element | null = null;
    const frame = () => {
      host ??= document.querySelector(config.hostTag);
      if (host && marks.host === undefined) {
        marks.host = performance.now();
        until = marks.host + config.watchMs;
      }
      const root = host?.shadowRoot;
      if (marks.panel === undefined && isVisible(root?.querySelector(config.panelSelector))) marks.panel = performance.now();
      if (marks.sla === undefined && isVisible(root?.querySelector(config.slaSelector))) marks.sla = performance.now();
      if (marks.sla === undefined && performance.now() < until) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };

  const focusComposer = () => {
    const composer = document.querySelector<HTMLElement>(config.composerSelector);
    if (!composer || marks.focus !== undefined) return;
    marks.focus = performance.now();
    composer.focus();
    if (!config.extension) return;
    watchOverlay(config.refocusForMs);
    const giveUp = performance.now() + config.refocusForMs;
    const refocus = () => {
      if (marks.host !== undefined || performance.now() > giveUp) return;
      composer.blur();
      marks.focus = performance.now();
      composer.focus();
      setTimeout(refocus, config.refocusMs);
    };
    setTimeout(refocus, config.refocusMs);
  };

  addEventListener('load', () => setTimeout(focusComposer, 0), { once: true });
}

export async function addProbes(context: BrowserContext, config: ProbeConfig): Promise<void> {
  // As source text, with a local `__name`: tsx (esbuild keepNames) wraps the inner functions in
  // `__name(fn, "name")` calls, a helper that does not exist in the page.
  const content = `(() => { const __name = (fn) => fn; (${installProbes.toString()})(${JSON.stringify(config)}); })();`;
  await context.addInitScript({ content });
}

export async function readProbes(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const state = (window as unknown as { __trustopsBench?: ProbeState }).__trustopsBench;
    return state ? { marks: { ...state.marks }, longTasks: [...state.longTasks] } : { marks: {}, longTasks: [] };
  });
}

/**
 * Waits until the page is "ready" as far as it can be: the SLA timer shown, or the panel shown and
 * `graceMs` passed without the timer, or (no extension) `graceMs` after the composer got focus.
 */
export async function waitForReady(page: Page, withExtension: boolean, graceMs: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ({ withExtension, graceMs }) => {
      const marks = (window as unknown as { __trustopsBench?: ProbeState }).__trustopsBench?.marks;
      if (!marks) return false;
      // Without the extension: the same grace after focus, so both long-task windows match.
      if (!withExtension) return marks.focus !== undefined && performance.now() - marks.focus > graceMs;
      return marks.sla !== undefined || (marks.panel !== undefined && performance.now() - marks.panel > graceMs);
    },
    { withExtension, graceMs },
    { polling: 50, timeout: timeoutMs },
  );
}
