/** Timing helpers shared by the bench suites. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface Timing {
  median: number;
  p95: number;
  mean: number;
}

/** Runs `fn` over every input once (after `warmup` untimed inputs) and summarises milliseconds. */
export function timeEach<T>(inputs: T[], fn: (input: T) => unknown, warmup = 20): Timing {
  for (const input of inputs.slice(0, warmup)) fn(input);
  const times = inputs.map((input) => {
    const t0 = performance.now();
    fn(input);
    return performance.now() - t0;
  });
  times.sort((a, b) => a - b);
  return {
    median: percentile(times, 50),
    p95: percentile(times, 95),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

export const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2)) + ' ms';
