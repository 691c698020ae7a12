import { percentile } from '../stats';
import type { ExtensionTime, TaskSummary } from './attribution';
import type { LoadSample } from './page-load';
import type { ProbeMarks } from './page-probes';
import type { StreamResult } from './stream';
import { printTable } from './table';

/** The suite's printed tables; numbers only, no judgement. */

const NA = 'n/a';
const num = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? NA : value.toFixed(digits));
const signed = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? NA : (value >= 0 ? '+' : '') + value.toFixed(digits));
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => (values.length ? percentile(sorted(values), 50) : undefined);
const p95 = (values: number[]) => (values.length ? percentile(sorted(values), 95) : undefined);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
const diff = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a - b);
const stats = (values: number[]) => [num(median(values), 2), num(p95(values), 2), num(mean(values), 2)];

function medianMark(samples: LoadSample[], mark: keyof ProbeMarks): number | undefined {
  return median(samples.map((s) => s.marks[mark]).filter((v): v is number => v !== undefined));
}

function focusToPanel(samples: LoadSample[]): number | undefined {
  return median(samples.flatMap((s) => (s.marks.panel !== undefined && s.marks.focus !== undefined ? [s.marks.panel - s.marks.focus] : [])));
}

/** Long tasks per load: median count, and the median over loads of each load's longest. */
function longTaskCells(samples: LoadSample[]): string {
  const counts = samples.map((s) => s.longTasks.length);
  const longest = samples.map((s) => Math.max(0, ...s.longTasks.map((t) => t.duration)));
  return `${num(median(counts), 0)} / ${num(median(longest), 0)}`;
}

export function printLoads(extension: LoadSample[], baseline: LoadSample[]): void {
  const row = (label: string, mark: keyof ProbeMarks) => {
    const [a, b] = [medianMark(extension, mark), medianMark(baseline, mark)];
    return [label, num(a), num(b), signed(diff(a, b))];
  };
  const onlyExtension = (label: string, value: number | undefined) => [label, num(value), '—', ''];
  printTable(`Page load — median of ${extension.length} loads per browser, ms after navigation start`, ['', 'with extension', 'without', 'difference'], [
    row('DOMContentLoaded', 'domContentLoaded'),
    row('load', 'load'),
    // Not comparable, so no difference: with the extension the probe re-focuses until the overlay reacts; without it, at load.
    [`composer focused (extension: the re-focus it reacted to; without: at load)`, num(medianMark(extension, 'focus')), num(medianMark(baseline, 'focus')), ''],
    onlyExtension('overlay host mounted', medianMark(extension, 'host')),
    onlyExtension('panel shown after focus  = panel ready', medianMark(extension, 'panel')),
    onlyExtension('thread read (SLA timer shown)', medianMark(extension, 'sla')),
    onlyExtension('  focus → panel shown', focusToPanel(extension)),
    ['long tasks until ready: count / longest', longTaskCells(extension), longTaskCells(baseline), ''],
  ]);
}

export function printStream(batchesPerRun: number, extension: StreamResult, baseline: StreamResult): void {
  const windows = extension.taskMs.length;
  const perBatch = (r: StreamResult, key: keyof ExtensionTime) => stats(r.attribution.batches.map((b) => b[key]));
  const total = (value: number, r: StreamResult) => num(value / r.taskMs.length, 2);
  printTable(
    `Stream — ${batchesPerRun} × __appendMessages(1) per run, ${extension.runs} runs per browser (order: with, without, without, with), panel open;\n` +
      `ms of main-thread time per batch window (${windows} windows per browser)`,
    ['', 'median', 'p95', 'mean', 'mean incl. deferred'],
    [
      ['A. task time with the extension (Performance.getMetrics)', ...stats(extension.taskMs), total(extension.totalTaskMs, extension)],
      ['   task time without it', ...stats(baseline.taskMs), total(baseline.totalTaskMs, baseline)],
      [
        '   → extension = with − without (only the mean is meaningful)',
        signed(diff(median(extension.taskMs), median(baseline.taskMs)), 2),
        signed(diff(p95(extension.taskMs), p95(baseline.taskMs)), 2),
        signed(diff(mean(extension.taskMs), mean(baseline.taskMs)), 2),
        signed(extension.totalTaskMs / extension.taskMs.length - baseline.totalTaskMs / baseline.taskMs.length, 2),
      ],
      ['B. extension JS by trace events (its script URL)', ...perBatch(extension, 'events'), total(extension.attribution.stream.events, extension)],
      ['C. extension JS by CPU samples (its frames on the stack)', ...perBatch(extension, 'samples'), total(extension.attribution.stream.samples, extension)],
      ['   B on the baseline traces (must be 0)', ...perBatch(baseline, 'events'), total(baseline.attribution.stream.events, baseline)],
      ['   C on the baseline traces (must be 0)', ...perBatch(baseline, 'samples'), total(baseline.attribution.stream.samples, baseline)],
    ],
  );
  console.log(
    'A compares two browsers (machine noise included; it also sees the style/layout the extension causes). B and C\n' +
      'read the traces of the pages with the extension: B counts whole calls into its scripts (layout they force\n' +
      'included) but misses promise continuations; C sees those but not compilation. "incl. deferred": work after\n' +
      'the last batch (debounced re-reads) counts too.',
  );
  const longTasks = (r: StreamResult) => `${r.longTasks.length} / ${r.longTasks.length ? num(Math.max(...r.longTasks.map((t) => t.duration)), 0) : '—'}`;
  console.log(`long tasks during the streams (PerformanceObserver), count / longest ms: with ${longTasks(extension)}, without ${longTasks(baseline)}`);
}

function describeTask(task: TaskSummary | null): string {
  if (!task) return 'none';
  return (
    `${num(task.duration)} ms task at ${num(task.at, 0)} ms (${task.phase}); extension ${num(task.extension.events)} ms by events, ` +
    `${num(task.extension.samples)} ms by samples; biggest entry: ${task.what}`
  );
}

export function printLongest(extension: StreamResult, baseline: StreamResult, loads: { extension: LoadSample[]; baseline: LoadSample[] }): void {
  const perLoad = (samples: LoadSample[]) => samples.map((s) => num(Math.max(0, ...s.longTasks.map((t) => t.duration)), 0)).join(', ');
  const [ext, base] = [extension.attribution, baseline.attribution];
  console.log('\nLongest extension work in one main-thread task (traces of the streamed pages, from navigation on)');
  console.log(`  whole page life:   ${describeTask(ext.heaviest)}`);
  console.log(`  during the stream: ${describeTask(ext.heaviestInStream)}`);
  console.log(`  baseline traces:   ${describeTask(base.heaviest)}`);
  console.log(
    `  extension before the stream (injection, start, mount, first read), mean per run: ${num(ext.load.events / extension.runs)} ms by events, ` +
      `${num(ext.load.samples / extension.runs)} ms by samples`,
  );
  console.log(`  longest long task per timed load (PerformanceObserver, untraced), ms: with [${perLoad(loads.extension)}], without [${perLoad(loads.baseline)}]`);
  console.log('  (tracing changes timings: the injection task measures shorter in the traced run than the untraced long task)');
}
