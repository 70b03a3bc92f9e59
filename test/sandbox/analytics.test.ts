import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { percentile } from '../../sandbox/observability/percentile';
import { pay, setFaults } from './payment-helpers';
import { call, testSandbox } from './support';

const ANALYTICS = '/api/v1/sandbox/analytics';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

async function analytics(query = ''): Promise<any> {
  const res = await call(sandbox, 'GET', `${ANALYTICS}${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

describe('GET /api/v1/sandbox/analytics', () => {
  it('reports zero traffic honestly: no rates or percentiles without requests', async () => {
    const body = await analytics();
    expect(body.totals).toEqual({ requests: 0, errors: 0, client_errors: 0, server_errors: 0 });
    expect(body).toMatchObject({ unique_clients: 0, error_rate: null, latency_ms: { p50: null, p95: null, p99: null, max: null }, top_endpoints: [] });
    expect(body.window).toEqual({ duration: '1h', from: '2026-03-01T11:00:00.000Z', to: '2026-03-01T12:00:00.000Z' });
    expect(body.meta).toMatchObject({ percentile_method: 'nearest-rank', records_kept: 0, complete: true });
  });

  it('counts totals, unique clients, error rate and the busiest endpoints after known traffic', async () => {
    for (const id of ['usr_1', 'usr_2', 'usr_3']) await call(sandbox, 'GET', `/api/v1/users/${id}`);
    await call(sandbox, 'GET', '/api/v1/users/usr_404');
    await call(sandbox, 'GET', '/api/v1/products', { headers: { 'X-API-Key': 'key_pro_demo' } });
    await call(sandbox, 'GET', '/api/v1/products', { headers: { 'X-API-Key': 'key_free_demo' } });
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    expect((await pay(sandbox, 'ord_4')).status).toBe(502);

    const body = await analytics('?window=5m');
    // The PUT of the provider's faults counts: only the observability routes are left out.
    expect(body.totals).toEqual({ requests: 8, errors: 2, client_errors: 1, server_errors: 1 });
    expect(body.error_rate).toBe(2 / 8);
    expect(body.unique_clients).toBe(3); // anonymous, demo_key:pro, demo_key:free
    expect(body.top_endpoints[0]).toEqual({ method: 'GET', route: '/api/v1/users/{id}', requests: 4, errors: 1, error_rate: 0.25, p95_ms: 0 });
    expect(body.top_endpoints[1]).toMatchObject({ method: 'GET', route: '/api/v1/products', requests: 2 });
    expect(body.top_clients[0]).toEqual({ client: 'anonymous', requests: 6, errors: 2 });
  });

  it('ranks the slowest endpoints by p95 on the sandbox clock', async () => {
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 300 });
    expect((await pay(sandbox, 'ord_4')).status).toBe(201);
    await call(sandbox, 'GET', '/api/v1/products');
    const body = await analytics();
    expect(body.slowest_endpoints[0]).toMatchObject({ method: 'POST', route: '/api/v1/payments', p95_ms: 300 });
    expect(body.latency_ms).toEqual({ p50: 0, p95: 300, p99: 300, max: 300 });
  });

  it('covers only the window asked for, and slices it into a series for charts', async () => {
    await call(sandbox, 'GET', '/api/v1/users');
    sandbox.clock.advance(2 * 60 * 60_000);
    await call(sandbox, 'GET', '/api/v1/products');
    await call(sandbox, 'GET', '/api/v1/products/prd_404');

    expect((await analytics('?window=1h')).totals.requests).toBe(2);
    expect((await analytics('?window=3h')).totals.requests).toBe(3);
    const { series } = await analytics('?window=30s');
    expect(series).toHaveLength(30);
    expect(series[0].start).toBe('2026-03-01T13:59:30.000Z');
    expect(series.at(-1)).toEqual({ start: '2026-03-01T13:59:59.000Z', requests: 2, errors: 1, server_errors: 0, p95_ms: 0 });
    expect(series.slice(0, -1).every((point: any) => point.requests === 0 && point.p95_ms === null)).toBe(true);
  });

  it('leaves the observability routes out of the counts', async () => {
    await call(sandbox, 'GET', '/metrics');
    await call(sandbox, 'GET', '/api/v1/sandbox/logs');
    await call(sandbox, 'GET', '/api/v1/sandbox/sla');
    await analytics();
    const body = await analytics();
    expect(body.totals.requests).toBe(0);
    expect(body.meta.excluded).toEqual(['/metrics', '/api/v1/sandbox/logs', '/api/v1/sandbox/analytics', '/api/v1/sandbox/sla']);
  });

  it('forgets everything on sandbox reset', async () => {
    await call(sandbox, 'GET', '/api/v1/users');
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    expect((await analytics()).totals.requests).toBe(0);
  });

  it('refuses a window that is not a duration with 422 validation_failed', async () => {
    for (const window of ['5', '5d', '0m', '25h', 'soon']) {
      const res = await call(sandbox, 'GET', `${ANALYTICS}?window=${window}`);
      expect(res.status, window).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', param: 'window' });
      expect(res.body.error.message).toMatch(/30s, 5m/);
    }
  });
});

describe('percentile (nearest rank)', () => {
  it('returns an observed value at rank ⌈p × n⌉', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => (index + 1) * 10); // 10..200
    expect(percentile(twenty, 95)).toBe(190); // rank 19
    expect(percentile(twenty, 50)).toBe(100); // rank 10
    expect(percentile(twenty, 100)).toBe(200);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 50)).toBe(2); // sorted first
    expect(percentile([], 95)).toBeNull();
  });
});
