import type { SeriesPoint } from './monitoring-api';

/**
 * The three RED charts of the dashboard from the analytics series: request rate (per
 * second), error rate (share of requests with status ≥ 400) and p95 latency. A slice
 * without requests has no error rate and no p95 (null), but a rate of 0.
 */

export interface DashboardSeries {
  /** Seconds per slice, from the slices' start times. */
  stepSeconds: number;
  rate: number[];
  errorRate: (number | null)[];
  p95: (number | null)[];
  /** ISO start of each slice, for the axis labels. */
  starts: string[];
}

/** Turns the analytics series into the dashboard's rate, error-rate and p95 lines. */
export function dashboardSeries(series: readonly SeriesPoint[]): DashboardSeries {
  const stepMs = series.length > 1 ? Date.parse(series[1]!.start) - Date.parse(series[0]!.start) : 1000;
  const stepSeconds = Math.max(1, stepMs / 1000);
  return {
    stepSeconds,
    rate: series.map((point) => point.requests / stepSeconds),
    errorRate: series.map((point) => (point.requests ? point.errors / point.requests : null)),
    p95: series.map((point) => point.p95_ms),
    starts: series.map((point) => point.start),
  };
}

/** The latest value that is not null, for the number beside a chart's title. */
export function latest(values: readonly (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i]!;
  return null;
}
