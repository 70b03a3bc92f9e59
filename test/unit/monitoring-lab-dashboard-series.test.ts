import { describe, expect, it } from 'vitest';
import { dashboardSeries, latest } from '../../src/monitoring-lab/dashboard-series';

const point = (start: string, requests: number, errors: number, p95: number | null) => ({ start, requests, errors, server_errors: 0, p95_ms: p95 });

describe('dashboardSeries', () => {
  const series = dashboardSeries([
    point('2026-11-24T10:00:00.000Z', 20, 1, 40),
    point('2026-11-24T10:00:10.000Z', 0, 0, null),
    point('2026-11-24T10:00:20.000Z', 5, 5, 900),
  ]);

  it('turns request counts into a rate per second using the slice length', () => {
    expect(series.stepSeconds).toBe(10);
    expect(series.rate).toEqual([2, 0, 0.5]);
  });

  it('gives an empty slice no error rate and no p95, rather than zeros', () => {
    expect(series.errorRate).toEqual([0.05, null, 1]);
    expect(series.p95).toEqual([40, null, 900]);
  });
});

describe('latest', () => {
  it('returns the last value that is not null', () => {
    expect(latest([1, 2, null])).toBe(2);
    expect(latest([null, null])).toBeNull();
  });
});
