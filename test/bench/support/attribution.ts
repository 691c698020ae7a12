import type { TraceEvent } from './trace';

/**
 * Attributes a trace's main-thread time to the extension. Two independent readings:
 * - events: timeline events that name the extension's script (EvaluateScript, v8.compile,
 *   FunctionCall of its listeners and observers), merged so nested ones count once;
 * - samples: CPU profile samples whose JS stack holds a frame of the extension's scripts. These
 *   also see promise continuations (microtasks), which no timeline event names.
 * Neither reading sees style and layout the extension causes after its script returns.
 */

export const MARK = { page: 'trustops-bench:page', batch: 'trustops-bench:batch', streamEnd: 'trustops-bench:stream-end' } as const;

export interface ExtensionTime {
  events: number;
  samples: number;
}

export interface TaskSummary {
  /** Milliseconds after the document started (the probes' first mark). */
  at: number;
  phase: 'load' | 'stream';
  duration: number;
  extension: ExtensionTime;
  /** The extension's longest entry in the task, e.g. "EvaluateScript overlay.js". */
  what: string;
}

export interface Attribution {
  /** The extension's time in each batch window (one `__appendMessages(1)` up to the next). */
  batches: ExtensionTime[];
  /** Everything from the first batch to the end of the trace (work deferred past the last batch included). */
  stream: ExtensionTime;
  /** Before the first batch: injection, start, mount, the first thread read. */
  load: ExtensionTime;
  /** The main-thread task holding the most extension work, and the same within the stream. */
  heaviest: TaskSummary | null;
  heaviestInStream: TaskSummary | null;
}

interface Interval {
  start: number;
  end: number;
  label: string;
}
interface Sample {
  at: number;
  weight: number;
}

const ms = (us: number) => us / 1000;

/**
 * A sample stands for the time until the next one (~0.1–0.2 ms apart), but not across a gap where
 * the sampler paused (it does, around its buffer flushes): such a gap would otherwise count whole.
 */
const MAX_SAMPLE_US = 1000;

function scriptUrlOf(event: TraceEvent): string | undefined {
  const url = event.args?.data?.url ?? event.args?.fileName;
  return typeof url === 'string' ? url : undefined;
}

function marksNamed(events: TraceEvent[], message: string): TraceEvent[] {
  return events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === message).sort((a, b) => a.ts - b.ts);
}

/** Merged [start, end) spans of the extension's script events on one thread, each labelled by its outermost event. */
function extensionIntervals(threadEvents: TraceEvent[], origin: string): Interval[] {
  const spans = threadEvents
    .filter((e) => e.dur !== undefined && scriptUrlOf(e)?.startsWith(origin))
    .map((e) => ({ start: e.ts, end: e.ts + e.dur!, label: `${e.name} ${scriptUrlOf(e)!.slice(origin.length).replace(/^content-scripts\//, '')}` }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Interval[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** CPU samples of the page's thread whose stack holds an extension frame, each weighted by its interval. */
function extensionSamples(events: TraceEvent[], thread: { pid: number; tid: number }, origin: string): Sample[] {
  const { pid } = thread;
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === thread.tid);
  if (!profile) return [];
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
  const parentOf = new Map<number, number | undefined>();
  const urlOf = new Map<number, string>();
  const times: number[] = [];
  const nodes: number[] = [];
  let at = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
  for (const chunk of chunks) {
    const data = chunk.args?.data as {
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) {
      parentOf.set(node.id, node.parent);
      urlOf.set(node.id, node.callFrame.url ?? '');
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      at += deltas[i] ?? 0;
      times.push(at);
      nodes.push(node);
    });
  }
  const isExtension = new Map<number, boolean>();
  const check = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    const known = isExtension.get(id);
    if (known !== undefined) return known;
    const result = (urlOf.get(id) ?? '').startsWith(origin) || check(parentOf.get(id));
    isExtension.set(id, result);
    return result;
  };
  const out: Sample[] = [];
  for (let i = 0; i + 1 < times.length; i++)
    if (check(nodes[i])) out.push({ at: times[i]!, weight: Math.min(times[i + 1]! - times[i]!, MAX_SAMPLE_US) });
  return out;
}

/** First index whose key is >= value (arrays sorted by key). */
function lowerBound<T>(items: T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function timeIn(intervals: Interval[], samples: Sample[], start: number, end: number): ExtensionTime {
  let events = 0;
  for (let i = lowerBound(intervals, start, (x) => x.end); i < intervals.length && intervals[i]!.start < end; i++)
    events += Math.max(0, Math.min(end, intervals[i]!.end) - Math.max(start, intervals[i]!.start));
  let sampled = 0;
  for (let i = lowerBound(samples, start - MAX_SAMPLE_US, (s) => s.at); i < samples.length && samples[i]!.at < end; i++) {
    const sample = samples[i]!;
    sampled += Math.max(0, Math.min(end, sample.at + sample.weight) - Math.max(start, sample.at));
  }
  return { events: ms(events), samples: ms(sampled) };
}

function longestLabelIn(intervals: Interval[], start: number, end: number): string {
  let best: Interval | undefined;
  for (let i = lowerBound(intervals, start, (x) => x.end); i < intervals.length && intervals[i]!.start < end; i++)
    if (!best || intervals[i]!.end - intervals[i]!.start > best.end - best.start) best = intervals[i];
  return best?.label ?? 'promise continuations (CPU samples only)';
}

export function attribute(events: TraceEvent[], extensionOrigin: string): Attribution {
  const [page] = marksNamed(events, MARK.page).slice(-1);
  const batches = marksNamed(events, MARK.batch);
  const [streamEnd] = marksNamed(events, MARK.streamEnd);
  if (!page || batches.length === 0 || !streamEnd) throw new Error('trace lacks the bench marks: was it recorded around the stream?');
  const thread = events.filter((e) => e.pid === page.pid && e.tid === page.tid && e.ph === 'X');
  const intervals = extensionIntervals(thread, extensionOrigin);
  const samples = extensionSamples(events, page, extensionOrigin);
  const traceEnd = Math.max(...thread.map((e) => e.ts + (e.dur ?? 0)));
  const firstBatch = batches[0]!.ts;

  const windows = batches.map((mark, i) => timeIn(intervals, samples, mark.ts, batches[i + 1]?.ts ?? streamEnd.ts));

  // Outermost tasks only: a nested run loop's tasks are part of their parent.
  const tasks: TraceEvent[] = [];
  for (const task of thread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts)) {
    const last = tasks[tasks.length - 1];
    if (!last || task.ts >= last.ts + last.dur!) tasks.push(task);
  }
  const summaries = tasks
    .filter((task) => task.ts >= page.ts)
    .map((task): TaskSummary => {
      const end = task.ts + task.dur!;
      return {
        at: ms(task.ts - page.ts),
        phase: task.ts < firstBatch ? 'load' : 'stream',
        duration: ms(task.dur!),
        extension: timeIn(intervals, samples, task.ts, end),
        what: longestLabelIn(intervals, task.ts, end),
      };
    })
    .filter((s) => s.extension.events > 0 || s.extension.samples > 0);
  const heaviestOf = (list: TaskSummary[]) =>
    list.reduce<TaskSummary | null>((best, s) => {
      const weight = (x: TaskSummary) => Math.max(x.extension.events, x.extension.samples);
      return !best || weight(s) > weight(best) ? s : best;
    }, null);

  return {
    batches: windows,
    stream: timeIn(intervals, samples, firstBatch, traceEnd),
    load: timeIn(intervals, samples, page.ts, firstBatch),
    heaviest: heaviestOf(summaries),
    heaviestInStream: heaviestOf(summaries.filter((s) => s.phase === 'stream')),
  };
}

/** Several runs as one: batch windows side by side, `stream` and `load` summed, the heaviest task of all. */
export function pool(runs: Attribution[]): Attribution {
  const sum = (pick: (a: Attribution) => ExtensionTime): ExtensionTime => ({
    events: runs.reduce((total, a) => total + pick(a).events, 0),
    samples: runs.reduce((total, a) => total + pick(a).samples, 0),
  });
  const weight = (task: TaskSummary | null) => (task ? Math.max(task.extension.events, task.extension.samples) : -1);
  const heaviest = (pick: (a: Attribution) => TaskSummary | null) =>
    runs.map(pick).reduce((best, task) => (weight(task) > weight(best) ? task : best), null);
  return {
    batches: runs.flatMap((a) => a.batches),
    stream: sum((a) => a.stream),
    load: sum((a) => a.load),
    heaviest: heaviest((a) => a.heaviest),
    heaviestInStream: heaviest((a) => a.heaviestInStream),
  };
}
