import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, createSandbox, createSystemClock, type Sandbox } from '../../sandbox/index';
import { pay, pendingOrder, provider, setFaults } from './payment-helpers';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const elapsed = () => sandbox.clock.now() - Date.parse(START);

describe('POST /api/v1/payments', () => {
  it('pays a pending order: 201, Location, the payment, and the order is now paid', async () => {
    const res = await pay(sandbox, 'ord_4');
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/payments/pay_1');
    expect(res.body).toEqual({
      data: {
        id: 'pay_1',
        order_id: 'ord_4',
        amount: { amount: 8999, currency: 'EUR' },
        status: 'succeeded',
        provider_reference: 'ch_000001',
        created_at: START,
      },
      links: { self: '/api/v1/payments/pay_1', order: '/api/v1/orders/ord_4' },
    });
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('paid');
    expect((await call(sandbox, 'GET', '/api/v1/payments/pay_1')).body).toEqual(res.body);
  });

  it('accepts an amount that equals the total, and refuses one that does not', async () => {
    const wrong = await call(sandbox, 'POST', '/api/v1/payments', { json: { order_id: 'ord_4', amount: { amount: 100, currency: 'EUR' } } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details).toEqual([{ field: 'amount', code: 'amount_mismatch', message: expect.stringContaining('8999') }]);
    const right = await call(sandbox, 'POST', '/api/v1/payments', { json: { order_id: 'ord_4', amount: { amount: 8999, currency: 'EUR' } } });
    expect(right.status).toBe(201);
  });

  it('returns 409 order_not_payable for an order that is not pending', async () => {
    expect((await pay(sandbox, 'ord_4')).status).toBe(201);
    const twice = await pay(sandbox, 'ord_4');
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ type: 'business_error', code: 'order_not_payable', param: 'order_id' });
    expect(twice.body.error.message).toContain('ord_4 is paid; only pending orders can be paid');
    expect((await pay(sandbox, 'ord_1')).body.error.message).toContain('ord_1 is delivered');
  });

  it('refuses a second payment of an order while the first is still under way', async () => {
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 300 });
    const [first, second] = await Promise.all([pay(sandbox, 'ord_4'), pay(sandbox, 'ord_4')]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('already under way');
    expect((await provider(sandbox)).stats.calls).toBe(1);
  });

  it('returns 422 naming order_id when the order does not exist, and lists unknown fields', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/payments', { json: { order_id: 'ord_99', tip: 5 } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'tip', code: 'unknown_field' })]);
    const missing = await pay(sandbox, 'ord_99');
    expect(missing.status).toBe(422);
    expect(missing.body.error.details).toEqual([{ field: 'order_id', code: 'not_found', message: expect.stringContaining('GET /api/v1/orders') }]);
  });

  it('returns 502 payment_provider_error when the provider fails, and leaves the order pending', async () => {
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    const res = await pay(sandbox, 'ord_4');
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({ type: 'system_error', code: 'payment_provider_error', doc_url: '/errors/payment_provider_error' });
    expect(res.body.error.message).toContain('Nothing was charged');
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('pending');
    expect((await call(sandbox, 'GET', '/api/v1/payments/pay_1')).status).toBe(404);
  });

  it('returns 504 payment_provider_timeout after exactly 1 s when the provider is slower', async () => {
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 1500 });
    const res = await pay(sandbox, 'ord_4');
    expect(res.status).toBe(504);
    expect(res.body.error).toMatchObject({ type: 'system_error', code: 'payment_provider_timeout' });
    expect(res.body.error.message).toContain('within 1000 ms');
    expect(elapsed()).toBe(1_000);
    expect((await provider(sandbox)).stats).toEqual({ calls: 1, succeeded: 0, failed: 1 });
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('pending');
  });

  it('waits out latency below the timeout, on the sandbox clock', async () => {
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 1000 });
    const res = await pay(sandbox, 'ord_4');
    expect(res.status).toBe(201);
    expect(res.body.data.created_at).toBe(new Date(Date.parse(START) + 1000).toISOString());
    expect(elapsed()).toBe(1_000);
  });

  it('waits in real time on the system clock', async () => {
    const real = createSandbox();
    await setFaults(real, { failure_rate: 0, latency_ms: 60 });
    const started = performance.now();
    expect((await pay(real, 'ord_4')).status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('fails the same payments in the same order for the same seed', async () => {
    const outcomes = async (target: Sandbox) => {
      await setFaults(target, { failure_rate: 0.5, latency_ms: 0, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        statuses.push((await pay(target, await pendingOrder(target))).status);
        await setFaults(target, { failure_rate: 0.5, latency_ms: 0, seed: 42 + i + 1 }); // keep the breaker out of it
      }
      return statuses;
    };
    const first = await outcomes(sandbox);
    expect(first).toContain(201);
    expect(first).toContain(502);
    expect(await outcomes(testSandbox())).toEqual(first);
  });

  it('restarts the failure sequence on every PUT of the same settings', async () => {
    const firstFour = async () => {
      await setFaults(sandbox, { failure_rate: 0.5, latency_ms: 0, seed: 3 });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await pay(sandbox, await pendingOrder(sandbox))).status);
      return statuses;
    };
    expect(await firstFour()).toEqual(await firstFour());
  });

  it('returns 404 for a payment that does not exist', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/payments/pay_7');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'resource_not_found', param: 'id' });
  });

  it('documents every status the operation can answer, with Retry-After on the 503', async () => {
    const document = (await call(sandbox, 'GET', '/openapi.json')).body;
    const operation = document.paths['/api/v1/payments'].post;
    expect(Object.keys(operation.responses)).toEqual(['201', '400', '401', '409', '415', '422', '429', '500', '502', '503', '504']);
    expect(operation.responses['503'].description).toContain('`service_unavailable`');
    expect(operation.responses['503'].headers['Retry-After']).toBeDefined();
    expect(operation.responses['502'].description).toContain('`payment_provider_error`');
    expect(operation.responses['504'].description).toContain('`payment_provider_timeout`');
    expect(operation.responses['409'].description).toContain('`order_not_payable`');
  });
});

describe('clock.sleep, which provider latency and timeouts wait on', () => {
  it('wakes manual-clock sleepers in time order, jumping the clock to each wake-up', async () => {
    const clock = createManualClock(0);
    const woke: string[] = [];
    const sleep = (ms: number, name: string) => clock.sleep(ms).then(() => woke.push(`${name}@${clock.now()}`));
    await Promise.all([sleep(300, 'slow'), sleep(100, 'fast'), sleep(100, 'fast-too')]);
    expect(woke).toEqual(['fast@100', 'fast-too@100', 'slow@300']);
  });

  it('drops an aborted sleeper without moving the clock to its wake-up time', async () => {
    const clock = createManualClock(0);
    const stop = new AbortController();
    const long = clock.sleep(5_000, stop.signal);
    stop.abort(new Error('no longer needed'));
    await expect(long).rejects.toThrow('no longer needed');
    await clock.sleep(10);
    expect(clock.now()).toBe(10);
  });

  it('rejects at once when the system clock sleep is aborted', async () => {
    const stop = new AbortController();
    const started = performance.now();
    const sleeping = createSystemClock().sleep(10_000, stop.signal);
    stop.abort(new Error('cancelled'));
    await expect(sleeping).rejects.toThrow('cancelled');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
