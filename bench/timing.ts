/**
 * How every benchmark times its work: a monotonic clock in milliseconds, and quantiles by nearest
 * rank (the smallest sample with at least q of the samples at or below it).
 */

/** Milliseconds since a `process.hrtime.bigint()` start. */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs the work once: its time in milliseconds and its value. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: elapsedMs(start), value };
}

/** The nearest-rank quantile (0 < q <= 1) of the samples; they need not be sorted. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('a quantile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface Timing {
  readonly p50: number;
  readonly p95: number;
}

export function summarise(samples: readonly number[]): Timing {
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}
