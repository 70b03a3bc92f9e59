// @ts-expect-error: the package ships no type declarations; parseMetrics below types its output.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { setupSandboxServer } from '../../sandbox/node';
import { pay, setFaults } from './payment-helpers';
import { call, testSandbox } from './support';

/** One metric family as the parser returns it (prom2json's shape). */
interface Family {
  name: string;
  help: string;
  type: string;
  metrics: { labels?: Record<string, string>; value?: string; buckets?: Record<string, string>; count?: string; sum?: string }[];
}

const parseMetrics = (text: string): Family[] => parsePrometheusTextFormat(text);

async function scrape(sandbox: Sandbox) {
  const res = await call(sandbox, 'GET', '/metrics');
  expect(res.status).toBe(200);
  const families = parseMetrics(res.text);
  const family = (name: string) => families.find((candidate) => candidate.name === name);
  return { res, families, family };
}

/** The value of the sample of `name` whose labels include `labels`, as a number (undefined when absent). */
function sampleValue(family: Family | undefined, labels: Record<string, string>): number | undefined {
  const metric = family?.metrics.find((candidate) => Object.entries(labels).every(([key, value]) => candidate.labels?.[key] === value));
  return metric?.value === undefined ? undefined : Number(metric.value);
}

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

describe('GET /metrics', () => {
  it('answers in the Prometheus text format 0.0.4 with HELP and TYPE for all four metrics', async () => {
    const { res, family } = await scrape(sandbox);
    expect(res.headers.get('Content-Type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.headers.get('X-Request-Id')).toMatch(/^req_/);
    expect(family('http_requests_total')).toMatchObject({ type: 'COUNTER', help: expect.stringContaining('route template') });
    expect(family('http_request_duration_seconds')).toMatchObject({ type: 'HISTOGRAM' });
    expect(family('http_requests_in_flight')).toMatchObject({ type: 'GAUGE' });
    expect(family('http_errors_total')).toMatchObject({ type: 'COUNTER' });
    expect(res.text).toMatch(/^# HELP http_requests_total /m);
    expect(res.text).toMatch(/^# TYPE http_request_duration_seconds histogram$/m);
    expect(res.text.endsWith('\n')).toBe(true);
  });

  it('counts requests by method, route template and status after known traffic', async () => {
    for (const id of ['usr_1', 'usr_2', 'usr_3']) expect((await call(sandbox, 'GET', `/api/v1/users/${id}`)).status).toBe(200);
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_404')).status).toBe(404);
    expect((await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Ada' } })).status).toBe(422);

    const { family } = await scrape(sandbox);
    const requests = family('http_requests_total');
    expect(sampleValue(requests, { method: 'GET', route: '/api/v1/users/{id}', status: '200' })).toBe(3);
    expect(sampleValue(requests, { method: 'GET', route: '/api/v1/users/{id}', status: '404' })).toBe(1);
    expect(sampleValue(requests, { method: 'POST', route: '/api/v1/users', status: '422' })).toBe(1);
    // Ids never become labels: three users, one series.
    expect(requests!.metrics.every((metric) => !/usr_\d/.test(metric.labels!.route!))).toBe(true);
    const errors = family('http_errors_total');
    expect(sampleValue(errors, { type: 'business_error' })).toBe(1);
    expect(sampleValue(errors, { type: 'validation_error' })).toBe(1);
  });

  it('labels a path no route serves as (unmatched), not by the path itself', async () => {
    await call(sandbox, 'GET', '/api/v1/userz/abc');
    await call(sandbox, 'GET', '/api/v1/whatever');
    const { family } = await scrape(sandbox);
    expect(sampleValue(family('http_requests_total'), { method: 'GET', route: '(unmatched)', status: '404' })).toBe(2);
  });

  it('labels a request refused by middleware with the route it was meant for', async () => {
    expect((await call(sandbox, 'GET', '/api/v1/users', { headers: { Authorization: 'Bearer not-a-token' } })).status).toBe(401);
    expect((await call(sandbox, 'DELETE', '/api/v1/users')).status).toBe(405);
    const { family } = await scrape(sandbox);
    expect(sampleValue(family('http_requests_total'), { method: 'GET', route: '/api/v1/users', status: '401' })).toBe(1);
    expect(sampleValue(family('http_requests_total'), { method: 'DELETE', route: '/api/v1/users', status: '405' })).toBe(1);
    expect(sampleValue(family('http_errors_total'), { type: 'authentication_error' })).toBe(1);
  });

  it('puts durations on the sandbox clock into cumulative buckets with _sum, _count and +Inf', async () => {
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 200 });
    expect((await pay(sandbox, 'ord_4')).status).toBe(201);
    await call(sandbox, 'GET', '/api/v1/products');

    const { res, family } = await scrape(sandbox);
    expect(family('http_request_duration_seconds')?.type).toBe('HISTOGRAM'); // the parser accepts the family
    // parse-prometheus-text-format 1.1.1 folds a histogram's labelled series into one, so the buckets are read from the lines.
    const series = '{method="POST",route="/api/v1/payments"';
    const line = (suffix: string, le?: string) => {
      const prefix = `http_request_duration_seconds_${suffix}${series}${le === undefined ? '' : `,le="${le}"`}} `;
      const found = res.text.split('\n').find((candidate) => candidate.startsWith(prefix));
      expect(found, `no sample line starting with ${prefix}`).toBeDefined();
      return Number(found!.slice(prefix.length));
    };
    expect(line('count')).toBe(1);
    expect(line('sum')).toBeCloseTo(0.2, 6);
    expect(line('bucket', '0.1')).toBe(0);
    expect(line('bucket', '0.25')).toBe(1);
    expect(line('bucket', '+Inf')).toBe(1);
    // Cumulative: every bucket holds at least as many as the one below it, and +Inf holds them all.
    const counts = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'].map((le) => line('bucket', le));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('shows the requests still in flight, the scrape included', async () => {
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 500 });
    // The payment waits on the sandbox clock; the scrape is answered before that wait ends.
    const slow = sandbox.fetch(new Request('http://sandbox.local/api/v1/payments', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ order_id: 'ord_4' }) }));
    const during = await scrape(sandbox);
    expect(sampleValue(during.family('http_requests_in_flight'), {})).toBe(2);
    expect((await slow).status).toBe(201);
    const after = await scrape(sandbox);
    expect(sampleValue(after.family('http_requests_in_flight'), {})).toBe(1);
  });

  it('counts its own scrapes, as Prometheus clients do', async () => {
    await scrape(sandbox);
    const { family } = await scrape(sandbox);
    expect(sampleValue(family('http_requests_total'), { method: 'GET', route: '/metrics', status: '200' })).toBe(1);
  });

  it('starts from zero again after a sandbox reset', async () => {
    await call(sandbox, 'GET', '/api/v1/users');
    expect((await call(sandbox, 'POST', '/api/v1/sandbox/reset')).status).toBe(204);
    const { family } = await scrape(sandbox);
    // Even the reset request itself began before the reset, so it is not counted after it.
    expect(family('http_requests_total')?.metrics ?? []).toEqual([]);
    expect(family('http_errors_total')?.metrics ?? []).toEqual([]);
  });
});

describe('/metrics through the msw/node door', () => {
  const { server, sandbox: doorSandbox } = setupSandboxServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('is forwarded to the sandbox like /api/*', async () => {
    await fetch('http://localhost/api/v1/users/usr_1');
    const response = await fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sampleValue(parseMetrics(await response.text()).find((family) => family.name === 'http_requests_total'), { route: '/api/v1/users/{id}', status: '200' })).toBe(1);
    doorSandbox.reset();
  });
});
