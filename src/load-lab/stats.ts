/**
 * Turning samples into what the lab shows: counts by status class, latency percentiles
 * (nearest rank, percentiles.ts), throughput, per task, and the same per second for the chart.
 */
import type { LoadSample } from './engine';
import { latencyPercentiles } from './percentiles';

/** 429 is counted apart from the other 4xx: it is the limiter speaking, not a client mistake. */
export type StatusClass = '2xx' | '4xx' | '429' | '5xx' | 'other';
export const STATUS_CLASSES: readonly StatusClass[] = ['2xx', '4xx', '429', '5xx', 'other'];

/** The class of an HTTP status; 'other' covers 1xx/3xx and network errors (0). */
export function statusClass(status: number): StatusClass {
  if (status === 429) return '429';
  if (status >= 200 && status < 300) return '2xx';
  if (status >= 400 && status < 500) return '4xx';
  if (status >= 500 && status < 600) return '5xx';
  return 'other';
}

export type StatusCounts = Record<StatusClass, number>;

export interface LatencySummary {
  requests: number;
  counts: StatusCounts;
  p50: number;
  p95: number;
  p99: number;
  maxMs: number;
  meanMs: number;
}

export interface RunSummary extends LatencySummary {
  /** Requests per second over the elapsed time. */
  throughput: number;
  /** Share of requests that were not 2xx, 0..1. */
  failureRate: number;
  /** Total time users spent waiting on Retry-After, ms. */
  backoffMs: number;
  byTask: ({ task: string } & LatencySummary)[];
}

/** One second of the run, for the chart. */
export interface SecondBucket extends LatencySummary {
  /** Seconds from start: this bucket holds requests sent in [second, second + 1). */
  second: number;
}

const emptyCounts = (): StatusCounts => ({ '2xx': 0, '4xx': 0, '429': 0, '5xx': 0, other: 0 });

/** Counts and latency percentiles of a set of samples. */
export function latencySummary(samples: readonly LoadSample[]): LatencySummary {
  const counts = emptyCounts();
  for (const sample of samples) counts[statusClass(sample.status)]++;
  // Requests that got no answer have no latency worth ranking.
  const latencies = samples.filter((sample) => sample.status !== 0).map((sample) => sample.latencyMs);
  const total = latencies.reduce((sum, value) => sum + value, 0);
  return {
    requests: samples.length,
    counts,
    ...latencyPercentiles(latencies),
    maxMs: latencies.length ? Math.max(...latencies) : Number.NaN,
    meanMs: latencies.length ? total / latencies.length : Number.NaN,
  };
}

/** The whole run: `elapsedMs` is how long it has been going (or went). */
export function summarizeRun(samples: readonly LoadSample[], elapsedMs: number): RunSummary {
  const summary = latencySummary(samples);
  const tasks = [...new Set(samples.map((sample) => sample.task))];
  return {
    ...summary,
    throughput: elapsedMs > 0 ? samples.length / (elapsedMs / 1000) : 0,
    failureRate: samples.length ? 1 - summary.counts['2xx'] / samples.length : 0,
    backoffMs: samples.reduce((sum, sample) => sum + (sample.backoffMs ?? 0), 0),
    byTask: tasks.map((task) => ({ task, ...latencySummary(samples.filter((sample) => sample.task === task)) })),
  };
}

/** One bucket per second from 0 to `seconds` - 1, empty seconds included (so gaps show as gaps). */
export function perSecond(samples: readonly LoadSample[], seconds: number): SecondBucket[] {
  const groups: LoadSample[][] = Array.from({ length: Math.max(0, Math.ceil(seconds)) }, () => []);
  for (const sample of samples) groups[Math.floor(sample.at / 1000)]?.push(sample);
  return groups.map((group, second) => ({ second, ...latencySummary(group) }));
}
