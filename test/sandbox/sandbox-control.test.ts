import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { BREAKER, breaker, failPayments, pay, PROVIDER, provider, setFaults } from './payment-helpers';
import { call, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const FREE = { 'X-API-Key': 'key_free_demo' };

describe('/api/v1/sandbox/payment-provider', () => {
  it('starts with no faults, the default seed and no calls', async () => {
    const res = await call(sandbox, 'GET', PROVIDER);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      failure_rate: 0,
      latency_ms: 0,
      seed: 1,
      stats: { calls: 0, succeeded: 0, failed: 0 },
      links: { self: PROVIDER, circuit_breaker: BREAKER },
    });
  });

  it('replaces the faults with PUT and shows them afterwards', async () => {
    const res = await call(sandbox, 'PUT', PROVIDER, { json: { failure_rate: 0.25, latency_ms: 400, seed: 9 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ failure_rate: 0.25, latency_ms: 400, seed: 9 });
    expect(await provider(sandbox)).toMatchObject({ failure_rate: 0.25, latency_ms: 400, seed: 9 });
    // PUT replaces: a seed left out goes back to the default.
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 0 });
    expect((await provider(sandbox)).seed).toBe(1);
  });

  it('counts the calls the provider sees', async () => {
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    await failPayments(sandbox, 2);
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 0 });
    expect((await pay(sandbox, 'ord_4')).status).toBe(201);
    expect((await provider(sandbox)).stats).toEqual({ calls: 3, succeeded: 1, failed: 2 });
  });

  it('returns 422 listing every out-of-range or missing field', async () => {
    const res = await call(sandbox, 'PUT', PROVIDER, { json: { failure_rate: 1.5, latency_ms: 6000 } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['failure_rate', 'too_big'],
      ['latency_ms', 'too_big'],
    ]);
    expect(res.body.error.details[1].message).toBe('latency_ms must be at most 5000, not 6000.');

    const missing = await call(sandbox, 'PUT', PROVIDER, { json: { failure_rate: 0.5, latncy_ms: 10 } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual(
      expect.arrayContaining([
        ['latency_ms', 'required'],
        ['latncy_ms', 'unknown_field'],
      ]),
    );
    expect((await provider(sandbox)).failure_rate).toBe(0);
  });

  it('returns 415 for a body that is not JSON', async () => {
    const res = await call(sandbox, 'PUT', PROVIDER, { body: 'failure_rate=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });
});

describe('POST /api/v1/sandbox/reset', () => {
  /** Changes everything a reset must undo: data, a bucket, the breaker, the faults, a payment. */
  async function disturb() {
    expect((await pay(sandbox, 'ord_4')).status).toBe(201);
    await call(sandbox, 'DELETE', '/api/v1/users/usr_2');
    for (let i = 0; i < 11; i++) await call(sandbox, 'GET', '/api/v1/products', { headers: FREE });
    expect((await call(sandbox, 'GET', '/api/v1/products', { headers: FREE })).status).toBe(429);
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    const order = await call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_1', items: [{ product_id: 'prd_1', quantity: 1 }] } });
    for (let i = 0; i < 5; i++) expect((await pay(sandbox, order.body.data.id)).status).toBe(502);
    expect((await breaker(sandbox)).state).toBe('open');
  }

  async function expectPristine() {
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_2')).status).toBe(200);
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('pending');
    expect((await call(sandbox, 'GET', '/api/v1/payments/pay_1')).status).toBe(404);
    const products = await call(sandbox, 'GET', '/api/v1/products', { headers: FREE });
    expect(products.status).toBe(200);
    expect(products.headers.get('X-RateLimit-Remaining')).toBe('9');
    expect(await breaker(sandbox)).toMatchObject({ state: 'closed', consecutive_failures: 0, counts: { success: 0, failure: 0, rejected: 0 } });
    expect(await provider(sandbox)).toMatchObject({ failure_rate: 0, latency_ms: 0, seed: 1, stats: { calls: 0, succeeded: 0, failed: 0 } });
    const payment = await pay(sandbox, 'ord_4');
    expect(payment.status).toBe(201);
    expect(payment.body.data.id).toBe('pay_1');
  }

  it('answers 204 and restores data, buckets, breaker, faults and payments', async () => {
    await disturb();
    const res = await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    await expectPristine();
  });

  it('does the same as sandbox.reset()', async () => {
    await disturb();
    sandbox.reset();
    await expectPristine();
  });
});
