import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

/** Parses a Server-Timing header into metric → duration. */
function timings(header: string | null): Record<string, number> {
  expect(header, 'the response has no Server-Timing header').not.toBeNull();
  return Object.fromEntries(header!.split(',').map((metric) => [metric.trim().split(';')[0]!, Number(/dur=(\d+)/.exec(metric)![1])]));
}

const configure = (settings: object) => call(sandbox, 'PUT', '/api/v1/sandbox/bff/upstreams', { json: { latency_ms: { user: 80, order: 120, product: 100 }, failing: [], timeout_ms: 500, ...settings } });

describe('BFF upstream calls', () => {
  it('calls the services in parallel: the total is the slowest call, not the sum', async () => {
    const res = await call(sandbox, 'GET', '/api/mobile/v1/dashboard');
    expect(timings(res.headers.get('Server-Timing'))).toEqual({ user: 80, orders: 120, recommendations: 100, total: 120 });
  });

  it('reports all four web calls, the profile service twice, in Server-Timing', async () => {
    const res = await call(sandbox, 'GET', '/api/web/v1/dashboard');
    expect(timings(res.headers.get('Server-Timing'))).toEqual({ user: 80, orders: 120, recommendations: 100, preferences: 80, total: 120 });
  });

  it('leaves out a section whose service times out, says so in meta.degraded, and still answers 200', async () => {
    await configure({ latency_ms: { user: 80, order: 900, product: 100 }, timeout_ms: 300 });
    const res = await call(sandbox, 'GET', '/api/web/v1/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.orders).toBeNull();
    expect(res.body.analytics).toBeNull();
    expect(res.body.recommendations).toHaveLength(10);
    expect(res.body.meta.degraded).toEqual([
      { section: 'orders', reason: 'timeout' },
      { section: 'analytics', reason: 'timeout' },
    ]);
    // The slow call was cut off at the timeout: the dashboard took 300 ms, not 900.
    expect(res.headers.get('Server-Timing')).toContain('orders;dur=300;desc="timeout"');
    expect(timings(res.headers.get('Server-Timing')).total).toBe(300);
  });

  it('marks a failing recommendation service as an error on mobile', async () => {
    await configure({ failing: ['product'] });
    const res = await call(sandbox, 'GET', '/api/mobile/v1/dashboard');
    expect(res.body.recommendations).toBeNull();
    expect(res.body.meta.degraded).toEqual([{ section: 'recommendations', reason: 'error' }]);
  });

  it('answers 503 with Retry-After when the profile, which every dashboard needs, fails', async () => {
    await configure({ failing: ['user'] });
    const res = await call(sandbox, 'GET', '/api/mobile/v1/dashboard');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('service_unavailable');
    expect(res.headers.get('Retry-After')).toBe('5');
  });

  it('never gives partners a partial answer: a failing order service is a 503', async () => {
    await configure({ failing: ['order'] });
    const res = await call(sandbox, 'GET', '/api/partners/v1/order-summary');
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain('order service');
  });
});

describe('GET/PUT /api/v1/sandbox/bff/upstreams', () => {
  it('shows the defaults and puts them back on reset', async () => {
    await configure({ failing: ['order'], timeout_ms: 50 });
    expect((await call(sandbox, 'GET', '/api/v1/sandbox/bff/upstreams')).body).toMatchObject({ failing: ['order'], timeout_ms: 50 });
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    expect((await call(sandbox, 'GET', '/api/v1/sandbox/bff/upstreams')).body).toEqual({ latency_ms: { user: 80, order: 120, product: 100 }, failing: [], timeout_ms: 500 });
  });

  it('refuses an unknown service name with 422 naming the field', async () => {
    const res = await configure({ failing: ['inventory'] });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body.error)).toContain('failing');
  });
});
