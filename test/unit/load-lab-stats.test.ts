import { describe, expect, it } from 'vitest';
import type { LoadSample } from '../../src/load-lab/engine';
import { perSecond, statusClass, summarizeRun } from '../../src/load-lab/stats';
import { retryAfterMs } from '../../src/load-lab/retry-after';

const sample = (at: number, status: number, latencyMs: number, task = 'list users', backoffMs?: number): LoadSample => ({
  at,
  user: 0,
  task,
  method: 'GET',
  path: '/api/v1/users',
  status,
  latencyMs,
  ...(backoffMs === undefined ? {} : { backoffMs }),
});

describe('status classes', () => {
  it('counts 429 apart from the other 4xx, and network errors as other', () => {
    expect([200, 201, 404, 422, 429, 500, 503, 0, 304].map(statusClass)).toEqual(['2xx', '2xx', '4xx', '4xx', '429', '5xx', '5xx', 'other', 'other']);
  });
});

describe('run summary', () => {
  const samples = [sample(0, 200, 10), sample(100, 200, 30), sample(900, 429, 2, 'list users', 6000), sample(1500, 500, 50, 'create order'), sample(2500, 0, 0)];

  it('counts each status class, throughput over elapsed time, and the failure rate', () => {
    const summary = summarizeRun(samples, 2000);
    expect(summary.requests).toBe(5);
    expect(summary.counts).toEqual({ '2xx': 2, '4xx': 0, '429': 1, '5xx': 1, other: 1 });
    expect(summary.throughput).toBe(2.5);
    expect(summary.failureRate).toBeCloseTo(0.6);
    expect(summary.backoffMs).toBe(6000);
  });

  it('ranks only answered requests for latency, and splits by task', () => {
    const summary = summarizeRun(samples, 2000);
    // answered latencies 2, 10, 30, 50 → p50 rank 2 = 10, p95 and p99 rank 4 = 50
    expect([summary.p50, summary.p95, summary.p99, summary.maxMs, summary.meanMs]).toEqual([10, 50, 50, 50, 23]);
    expect(summary.byTask.map((task) => [task.task, task.requests])).toEqual([
      ['list users', 4],
      ['create order', 1],
    ]);
  });

  it('puts each request in the second it was sent, keeping empty seconds', () => {
    const buckets = perSecond(samples, 4);
    expect(buckets.map((bucket) => bucket.requests)).toEqual([3, 1, 1, 0]);
    expect(buckets[0]!.counts['429']).toBe(1);
    expect(buckets[3]!.p50).toBeNaN();
  });
});

describe('Retry-After', () => {
  it('reads delta seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('6')).toBe(6000);
    expect(retryAfterMs('Tue, 24 Nov 2026 18:00:10 GMT', Date.parse('2026-11-24T18:00:00Z'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs('-1')).toBeNull();
  });
});
