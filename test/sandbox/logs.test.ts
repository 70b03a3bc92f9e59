import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, testSandbox } from './support';

const LOGS = '/api/v1/sandbox/logs';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

async function logs(query = ''): Promise<any> {
  const res = await call(sandbox, 'GET', `${LOGS}${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

describe('the structured request log', () => {
  it('writes request.received and response.sent for a request, both with the id echoed in X-Request-Id', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_1?fields=name');
    const id = res.headers.get('X-Request-Id')!;
    const { data } = await logs(`?request_id=${id}`);
    expect(data.map((line: any) => line.event)).toEqual(['request.received', 'response.sent']);
    expect(data[0]).toMatchObject({ level: 'info', request_id: id, method: 'GET', route: '/api/v1/users/{id}', path: '/api/v1/users/usr_1', query: { fields: 'name' }, timestamp: '2026-03-01T12:00:00.000Z' });
    expect(data[1]).toMatchObject({ level: 'info', request_id: id, status: 200, duration_ms: 0, client: 'anonymous', route: '/api/v1/users/{id}' });
    expect(data[1].seq).toBe(data[0].seq + 1);
  });

  it('adds a request.failed line with the envelope’s type and code, at warn for 4xx', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_404');
    const { data } = await logs(`?request_id=${res.body.error.request_id}`);
    expect(data.map((line: any) => [line.event, line.level])).toEqual([
      ['request.received', 'info'],
      ['request.failed', 'warn'],
      ['response.sent', 'warn'],
    ]);
    expect(data[1].error).toEqual({ type: 'business_error', code: 'resource_not_found', message: res.body.error.message });
    expect(data[2].status).toBe(404);
  });

  it('logs server errors at error level', async () => {
    await call(sandbox, 'PUT', '/api/v1/sandbox/payment-provider', { json: { failure_rate: 1, latency_ms: 0 } });
    const res = await call(sandbox, 'POST', '/api/v1/payments', { json: { order_id: 'ord_4' } });
    expect(res.status).toBe(502);
    const { data } = await logs(`?request_id=${res.headers.get('X-Request-Id')}&level=error`);
    expect(data.map((line: any) => line.event)).toEqual(['request.failed', 'response.sent']);
    expect(data[0].error).toMatchObject({ type: 'system_error', code: 'payment_provider_error' });
  });

  it('keeps a valid incoming X-Request-Id and uses it in every line; replaces an unsafe one', async () => {
    const kept = await call(sandbox, 'GET', '/api/v1/products', { headers: { 'X-Request-Id': 'trace-abc.123' } });
    expect(kept.headers.get('X-Request-Id')).toBe('trace-abc.123');
    expect((await logs('?request_id=trace-abc.123')).data).toHaveLength(2);

    const replaced = await call(sandbox, 'GET', '/api/v1/products', { headers: { 'X-Request-Id': 'bad id with spaces' } });
    const id = replaced.headers.get('X-Request-Id')!;
    expect(id).toMatch(/^req_\d{6}$/);
    expect((await logs(`?request_id=${id}`)).data).toHaveLength(2);
  });

  it('names the client once authentication has run', async () => {
    await call(sandbox, 'GET', '/api/v1/products', { headers: { 'X-API-Key': 'key_pro_demo' } });
    const { data } = await logs('?limit=1');
    expect(data[0]).toMatchObject({ event: 'response.sent', client: 'demo_key:pro' });
  });

  it('never writes a secret: Authorization, API keys, tokens in the query, passwords in the body', async () => {
    const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmF0dXJlLXNlY3JldA';
    const apiKey = 'wbk_live_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    await call(sandbox, 'GET', '/api/v1/users', { headers: { Authorization: `Bearer ${jwt}` } });
    await call(sandbox, 'GET', '/api/v1/users', { headers: { Authorization: `Bearer ${apiKey}` } });
    await call(sandbox, 'GET', '/api/v1/products', { headers: { 'X-API-Key': 'key_free_demo' } });
    await call(sandbox, 'GET', `/api/v1/products?access_token=qtoken-secret-1&password=hunter2&limit=2`);
    await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Ada', email: 'ada@example.org', password: 'hunter2-in-body' } });
    await call(sandbox, 'GET', `/api/v1/users/${jwt}`);

    const { data } = await logs('?limit=500');
    const text = JSON.stringify(data);
    for (const secret of [jwt, 'c2lnbmF0dXJlLXNlY3JldA', apiKey, 'key_free_demo', 'qtoken-secret-1', 'hunter2']) {
      expect(text, `the log contains ${secret}`).not.toContain(secret);
    }
    const headers = data.filter((line: any) => line.headers).map((line: any) => line.headers);
    expect(headers).toContainEqual({ authorization: 'Bearer [REDACTED]' });
    expect(headers).toContainEqual({ 'x-api-key': '[REDACTED]' });
    expect(data.find((line: any) => line.query?.limit === '2').query).toEqual({ access_token: '[REDACTED]', password: '[REDACTED]', limit: '2' });
  });

  it('leaves out the observability routes, so polling them does not flood the log', async () => {
    await call(sandbox, 'GET', '/metrics');
    await call(sandbox, 'GET', '/api/v1/sandbox/analytics');
    await call(sandbox, 'GET', '/api/v1/sandbox/sla');
    await logs();
    expect((await logs()).data).toEqual([]);
  });
});

describe('GET /api/v1/sandbox/logs filters', () => {
  beforeEach(async () => {
    await call(sandbox, 'GET', '/api/v1/users/usr_1'); // seq 1, 2
    sandbox.clock.advance(60_000);
    await call(sandbox, 'GET', '/api/v1/users/usr_404'); // seq 3, 4, 5
    await call(sandbox, 'POST', '/api/v1/users', { json: {} }); // seq 6, 7, 8 (422)
    await call(sandbox, 'GET', '/api/v1/products'); // seq 9, 10
  });

  it('shows warnings and errors from level=warn up', async () => {
    const { data } = await logs('?level=warn');
    expect(data.map((line: any) => line.seq)).toEqual([4, 5, 7, 8]);
  });

  it('filters by route template and by status or status class', async () => {
    expect((await logs('?route=/api/v1/users/{id}')).data.map((line: any) => line.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await logs('?status=404')).data.map((line: any) => line.seq)).toEqual([4, 5]);
    expect((await logs('?status=4xx')).data.map((line: any) => line.status)).toEqual([404, 404, 422, 422]);
    expect((await logs('?status=2xx')).data.map((line: any) => line.seq)).toEqual([2, 10]);
  });

  it('filters by time with since, and follows with after and limit', async () => {
    expect((await logs('?since=2026-03-01T12:01:00Z')).data[0].seq).toBe(3);
    const tail = await logs('?limit=2');
    expect(tail.data.map((line: any) => line.seq)).toEqual([9, 10]);
    expect(tail.meta).toEqual({ count: 2, has_more: true, latest_seq: 10, capacity: 2000 });
    const page = await logs('?after=2&limit=3');
    expect(page.data.map((line: any) => line.seq)).toEqual([3, 4, 5]);
    expect(page.meta.has_more).toBe(true);
    expect((await logs('?after=10')).data).toEqual([]);
  });

  it('refuses filters it cannot apply with 422 validation_failed naming the parameter', async () => {
    for (const [query, param] of [['?level=debug', 'level'], ['?status=4x', 'status'], ['?since=yesterday', 'since'], ['?limit=0', 'limit']]) {
      const res = await call(sandbox, 'GET', `${LOGS}${query}`);
      expect(res.status, query).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', param });
    }
  });

  it('is empty after a sandbox reset, and seq keeps counting up', async () => {
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    expect((await logs()).data).toEqual([]);
    await call(sandbox, 'GET', '/api/v1/products');
    // The reset request's own received line took a seq before the reset emptied the log: no number is reused.
    expect((await logs()).data[0].seq).toBeGreaterThan(10);
  });
});
