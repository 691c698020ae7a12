import type { CDPSession } from 'playwright-core';

/** One Chrome trace event (the fields the bench reads). Times are microseconds. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

/**
 * The DevTools Performance panel's categories, minus the ones the bench never reads: timeline
 * events name the script of each call; the CPU profile samples the JS stacks (microtasks included).
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordUntilFull', includedCategories: CATEGORIES },
  });
}

/** Stops the trace and reads it back through the IO stream Chrome hands over. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the trace did not complete within 30 s')), 30_000);
    cdp.once('Tracing.tracingComplete', ({ stream }) => {
      clearTimeout(timer);
      if (stream) resolve(stream);
      else reject(new Error('trace has no stream'));
    });
  });
  await cdp.send('Tracing.end');
  const handle = await complete;
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 4 << 20 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
