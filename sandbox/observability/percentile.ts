/**
 * Percentiles by the nearest-rank method: sort the values, and p95 is the value at rank
 * ⌈0.95 × n⌉ (1-based). It always returns a value that was observed — no interpolation —
 * so "p95 = 480 ms" means some request really took 480 ms. With 20 values, p95 is the 19th.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (p <= 0 || p > 100) throw new RangeError(`percentile: p must be in (0, 100]; got ${p}.`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

/** The name of the method, for responses that report percentiles. */
export const PERCENTILE_METHOD = 'nearest-rank';
