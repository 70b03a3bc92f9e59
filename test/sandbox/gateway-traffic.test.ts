import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { loadDocument, oneRoute, viaGateway } from './gateway-support';
import { call, testSandbox } from './support';

const CANARY = `  - name: svc-canary
    upstream: /api/v1/orders
    variant: canary`;

const split = (stable: number, canary: number) => `      destinations:
        - { service: svc, weight: ${stable} }
        - { service: svc-canary, weight: ${canary} }`;

/** Sends `n` requests, moving the clock 100 ms each so the sandbox's own token bucket stays full. */
async function send(sandbox: Sandbox, n: number, method = 'GET', path = '/orders/ord_1') {
  const results = [];
  for (let i = 0; i < n; i++) {
    results.push(await viaGateway(sandbox, method, path));
    sandbox.clock.advance(100);
  }
  return results;
}

async function routeStats(sandbox: Sandbox) {
  return (await call(sandbox, 'GET', '/api/v1/sandbox/gateway/stats')).body.routes[0];
}

describe('weighted canary routing', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = testSandbox();
  });

  it('sends about 10% of a seeded run to the canary under a 90/10 policy', async () => {
    await loadDocument(sandbox, oneRoute({ extraServices: CANARY, traffic: split(90, 10) }));
    const results = await send(sandbox, 1000);
    const canary = results.filter((res) => res.headers.get('X-Upstream') === 'svc-canary').length;
    expect(canary).toBeGreaterThan(80);
    expect(canary).toBeLessThan(120);
    const stats = await routeStats(sandbox);
    expect(stats.upstreams.find((u: { service: string }) => u.service === 'svc-canary')).toMatchObject({ requests: canary, share: canary / 1000 });
  });

  it('repeats the same choices for the same seed', async () => {
    const document = oneRoute({ extraServices: CANARY, traffic: split(50, 50) });
    await loadDocument(sandbox, document);
    const first = (await send(sandbox, 30)).map((res) => res.headers.get('X-Upstream'));
    await loadDocument(sandbox, document); // a reload restarts the sequence
    const second = (await send(sandbox, 30)).map((res) => res.headers.get('X-Upstream'));
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(2);
  });

  it('answers from the canary additively: the same body plus served_by, and a canary header', async () => {
    await loadDocument(sandbox, oneRoute({ extraServices: CANARY, traffic: split(0, 100) }));
    const [canary] = await send(sandbox, 1);
    const direct = await call(sandbox, 'GET', '/api/v1/orders/ord_1');
    expect(canary!.headers.get('X-Upstream-Variant')).toBe('canary');
    expect(canary!.body).toEqual({ ...direct.body, served_by: 'svc-canary' });
  });
});

describe('retries and per-try timeouts', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = testSandbox();
  });

  it('gives up after 1 + attempts tries that each run past per_try_timeout, with 504', async () => {
    const traffic = `      retries: { attempts: 2, per_try_timeout: 1s }\n      fault:\n        delay: { percentage: 100, fixed_delay: 5s }`;
    await loadDocument(sandbox, oneRoute({ traffic }));
    const before = sandbox.clock.now();
    const res = await call(sandbox, 'GET', '/gateway/orders/ord_1');
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('upstream_timeout');
    // Three tries of 1 s each, plus the 25 ms and 50 ms backoffs; never the 5 s of the delay.
    expect(sandbox.clock.now() - before).toBe(3 * 1000 + 25 + 50);
    expect(await routeStats(sandbox)).toMatchObject({ retries: 2, timeouts: 3, delays_injected: 3, statuses: { 504: 1 } });
  });

  it('succeeds on a later try when only some tries are delayed', async () => {
    const traffic = `      retries: { attempts: 3, per_try_timeout: 500ms }\n      fault:\n        delay: { percentage: 50, fixed_delay: 2s }`;
    await loadDocument(sandbox, oneRoute({ traffic }));
    const results = await send(sandbox, 40);
    const stats = await routeStats(sandbox);
    expect(results.every((res) => res.status === 200 || res.status === 504)).toBe(true);
    expect(stats.retries).toBe(stats.timeouts - (stats.statuses['504'] ?? 0));
    expect(stats.retries).toBeGreaterThan(10);
    expect(stats.statuses['200']).toBeGreaterThan(35);
  });

  it('retries an injected 503 but not a plain POST, which could create the order twice', async () => {
    const traffic = `      retries: { attempts: 2, per_try_timeout: 2s }\n      fault:\n        abort: { percentage: 100, http_status: 503 }`;
    await loadDocument(sandbox, oneRoute({ traffic }));
    const get = await call(sandbox, 'GET', '/gateway/orders/ord_1');
    expect(get.status).toBe(503);
    expect(get.body.error.code).toBe('fault_injected');
    expect(await routeStats(sandbox)).toMatchObject({ retries: 2, aborts_injected: 3 });
    const post = await call(sandbox, 'POST', '/gateway/orders', { json: { user_id: 'usr_1', items: [{ product_id: 'prd_1', quantity: 1 }] } });
    expect(post.status).toBe(503);
    expect(await routeStats(sandbox)).toMatchObject({ retries: 2, aborts_injected: 4 });
  });
});

describe('fault injection', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = testSandbox();
  });

  it('aborts about the configured percentage of requests with the configured status', async () => {
    await loadDocument(sandbox, oneRoute({ traffic: '      fault:\n        abort: { percentage: 20, http_status: 502 }' }));
    const results = await send(sandbox, 500);
    const aborted = results.filter((res) => res.status === 502).length;
    expect(aborted).toBeGreaterThan(75);
    expect(aborted).toBeLessThan(125);
    expect(results.filter((res) => res.status === 200).length).toBe(500 - aborted);
    expect((await routeStats(sandbox)).aborts_injected).toBe(aborted);
  });

  it('answers an injected abort with the one error envelope, or problem details whose status matches', async () => {
    await loadDocument(sandbox, oneRoute({ traffic: '      fault:\n        abort: { percentage: 100, http_status: 502 }' }));
    const envelope = await call(sandbox, 'GET', '/gateway/orders');
    expect(envelope.status).toBe(502);
    expect(envelope.body.error).toMatchObject({ code: 'fault_injected', type: 'system_error' });
    const problem = await call(sandbox, 'GET', '/gateway/orders', { headers: { Accept: 'application/problem+json' } });
    expect(problem.status).toBe(502);
    expect(problem.body).toMatchObject({ status: 502, code: 'fault_injected' });
  });

  it('delays about the configured percentage of requests by fixed_delay on the sandbox clock', async () => {
    await loadDocument(sandbox, oneRoute({ traffic: '      fault:\n        delay: { percentage: 10, fixed_delay: 3s }' }));
    const before = sandbox.clock.now();
    await send(sandbox, 300);
    const { delays_injected } = await routeStats(sandbox);
    expect(delays_injected).toBeGreaterThan(15);
    expect(delays_injected).toBeLessThan(45);
    expect(sandbox.clock.now() - before).toBe(300 * 100 + delays_injected * 3000);
  });
});
