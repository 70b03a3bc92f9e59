import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { send as sendTo, tryItFinder, tryIts } from './chapter-requests';

// Chapter 11 describes what each of its Try-it blocks answers; these tests send every one and hold the text to it.
const byTitle = tryItFinder('monitoring');
const sandbox = createSandbox();
beforeEach(() => sandbox.reset());
const send = async (title: string) => sendTo(sandbox, await byTitle(title));

const tested = [
  "Scrape the sandbox's metrics",
  'A failing request with your own request id',
  'Every log line of that request',
  'Usage over the last 15 minutes',
  'Check the SLOs',
  'Make the payment provider fail every charge',
  'Try to pay an order',
];

describe('chapter 11 shows what its text says', () => {
  it('has a test below for every Try-it it contains', async () => {
    const titles = (await tryIts('monitoring')).map((r) => r.title);
    expect(titles.sort()).toEqual([...tested].sort());
  });

  it('serves Prometheus text with HELP, TYPE, a templated route label and the four metrics', async () => {
    await send('A failing request with your own request id');
    // The Try-it as the reader sends it; the body is text, so it is read here rather than by send().
    const request = await byTitle("Scrape the sandbox's metrics");
    const answer = await sandbox.fetch(new Request(`http://sandbox.local${request.url}`, { method: request.method, headers: request.headers }));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await answer.text();
    for (const name of ['http_requests_total', 'http_request_duration_seconds', 'http_requests_in_flight', 'http_errors_total']) {
      expect(text).toContain(`# TYPE ${name} `);
      expect(text).toContain(`# HELP ${name} `);
    }
    expect(text).toContain('http_requests_total{method="GET",route="/api/v1/products/{id}",status="404"} 1');
    expect(text).toContain('http_errors_total{type="business_error"} 1');
    expect(text).toContain('http_request_duration_seconds_bucket{method="GET",route="/api/v1/products/{id}",le="0.5"} 1');
    expect(text).toContain('http_request_duration_seconds_bucket{method="GET",route="/api/v1/products/{id}",le="1"} 1');
    expect(text).not.toContain('prd_404'); // raw paths never become labels
  });

  it('keeps the caller’s request id and repeats it in the error body', async () => {
    const { status, headers, json } = await send('A failing request with your own request id');
    expect(status).toBe(404);
    expect(headers.get('x-request-id')).toBe('trace-ch11-demo');
    expect(json.error).toMatchObject({ code: 'resource_not_found', request_id: 'trace-ch11-demo' });
  });

  it('finds every log line of that request by its id: received, failed, sent', async () => {
    await send('A failing request with your own request id');
    const { status, json } = await send('Every log line of that request');
    expect(status).toBe(200);
    expect(json.data.map((line: { event: string }) => line.event)).toEqual(['request.received', 'request.failed', 'response.sent']);
    for (const line of json.data) expect(line).toMatchObject({ request_id: 'trace-ch11-demo', route: '/api/v1/products/{id}' });
    expect(json.data[1]).toMatchObject({ level: 'warn', status: 404, error: { code: 'resource_not_found' } });
  });

  it('summarises usage with client and server errors apart and endpoints by template', async () => {
    await send('A failing request with your own request id');
    const { status, json } = await send('Usage over the last 15 minutes');
    expect(status).toBe(200);
    expect(json.totals).toEqual({ requests: 1, errors: 1, client_errors: 1, server_errors: 0 });
    expect(json).toMatchObject({ unique_clients: 1, error_rate: 1 });
    expect(json.top_endpoints[0]).toMatchObject({ method: 'GET', route: '/api/v1/products/{id}', requests: 1 });
    expect(json.series).toHaveLength(30);
  });

  it('reports the three SLOs with the thresholds of the table, and no_data for an empty window', async () => {
    const { status, json } = await send('Check the SLOs');
    expect(status).toBe(200);
    expect(json.status).toBe('no_data');
    expect(json.slos.map((slo: { id: string; thresholds: unknown }) => [slo.id, slo.thresholds])).toEqual([
      ['availability', { direction: 'min', warning: 0.999, critical: 0.99 }],
      ['latency_p95', { direction: 'max', warning: 500, critical: 1000 }],
      ['error_rate', { direction: 'max', warning: 0.01, critical: 0.05 }],
    ]);
    expect(json.meta.percentile_method).toMatch(/nearest.rank/i);
  });

  it('makes the provider fail every charge', async () => {
    const { status, json } = await send('Make the payment provider fail every charge');
    expect(status).toBe(200);
    expect(json).toMatchObject({ failure_rate: 1, latency_ms: 0 });
  });

  it('answers the payment 502 and opens a pending, critical availability alert', async () => {
    await send('Make the payment provider fail every charge');
    const { status, json } = await send('Try to pay an order');
    expect(status).toBe(502);
    expect(json.error.code).toBe('payment_provider_error');
    const sla = await sendTo(sandbox, { ...(await byTitle('Check the SLOs')) });
    const availability = sla.json.slos.find((slo: { id: string }) => slo.id === 'availability');
    expect(availability.status).toBe('critical');
    expect(sla.json.alerts.active.find((alert: { slo: string }) => alert.slo === 'availability')).toMatchObject({ state: 'pending', severity: 'critical' });
  });
});
