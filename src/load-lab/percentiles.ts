/**
 * Latency percentiles by the nearest-rank method: the p-th percentile of n sorted values is
 * the value at rank ⌈p/100 × n⌉ (1-based). It always returns a latency that was really
 * observed, never a value interpolated between two requests, which is what load-testing tools
 * such as Locust and most SLA definitions report. With few samples the high percentiles are
 * the slowest request: p99 of 50 requests is the maximum.
 */

/** The p-th percentile (0 < p ≤ 100) of `values` by nearest rank; NaN when there are none. */
export function nearestRank(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`A percentile must be above 0 and at most 100; got ${p}.`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

/** p50, p95 and p99 of `values` by nearest rank, sorting once. */
export function latencyPercentiles(values: readonly number[]): { p50: number; p95: number; p99: number } {
  if (values.length === 0) return { p50: Number.NaN, p95: Number.NaN, p99: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
  return { p50: at(50), p95: at(95), p99: at(99) };
}
