import { describe, expect, it } from 'vitest';
import { latencyPercentiles, nearestRank } from '../../src/load-lab/percentiles';

describe('nearest-rank percentiles', () => {
  it('returns the value at rank ceil(p/100 × n) of the sorted values', () => {
    const values = [50, 15, 40, 20, 35]; // sorted: 15 20 35 40 50
    expect(nearestRank(values, 5)).toBe(15);
    expect(nearestRank(values, 30)).toBe(20); // rank ceil(1.5) = 2
    expect(nearestRank(values, 40)).toBe(20); // rank 2 exactly
    expect(nearestRank(values, 50)).toBe(35); // rank ceil(2.5) = 3
    expect(nearestRank(values, 100)).toBe(50);
  });

  it('always answers an observed value, never one interpolated between two', () => {
    // Linear interpolation would give 15 for p50 of [10, 20]; nearest rank gives 10.
    expect(nearestRank([20, 10], 50)).toBe(10);
    expect(nearestRank([20, 10], 51)).toBe(20);
  });

  it('makes p99 of fewer than 100 samples the slowest request', () => {
    const values = Array.from({ length: 50 }, (_, i) => i + 1);
    expect(nearestRank(values, 99)).toBe(50);
    expect(nearestRank(values, 95)).toBe(48); // ceil(47.5)
  });

  it('gives p50, p95 and p99 of 1..1000 ms as 500, 950 and 990', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    expect(latencyPercentiles(values)).toEqual({ p50: 500, p95: 950, p99: 990 });
  });

  it('returns NaN for no samples and refuses a percentile outside (0, 100]', () => {
    expect(nearestRank([], 50)).toBeNaN();
    expect(latencyPercentiles([]).p99).toBeNaN();
    expect(() => nearestRank([1], 0)).toThrow(/above 0 and at most 100/);
    expect(() => nearestRank([1], 101)).toThrow(/got 101/);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    nearestRank(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});
