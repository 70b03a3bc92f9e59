import { describe, expect, it, vi } from 'vitest';
import { ANONYMOUS, type Principal } from '../../sandbox/auth/principal';
import { createRouter } from '../../sandbox/env';
import { renderError, toApiError } from '../../sandbox/patterns/errors';
import { IDEMPOTENCY_TTL_MS, IdempotencyStore, idempotency, parseIdempotencyKey } from '../../sandbox/patterns/idempotency';
import { createManualClock } from '../../sandbox/store/clock';
import { openSandbox } from './orders-helpers';
import { call, START } from './support';

const KEY = '8e03978e-40d5-43e8-bc93-6894a57f9324';
const katherine = { name: 'Katherine Johnson', email: 'katherine@example.com' };

describe('Idempotency-Key on POST', () => {
  it('replays the first response, marked as a replay, without creating a second user', async () => {
    const { sandbox, store } = openSandbox();
    const first = await call(sandbox, 'POST', '/api/v1/users', { json: katherine, headers: { 'Idempotency-Key': KEY } });
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotency-Replayed')).toBeNull();
    // The same request, its keys in another order: the same request all the same.
    const again = await call(sandbox, 'POST', '/api/v1/users', { body: '{ "email": "katherine@example.com", "name": "Katherine Johnson" }', headers: { 'Idempotency-Key': KEY, 'Content-Type': 'application/json' } });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotency-Replayed')).toBe('true');
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'));
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('X-Request-Id')).not.toBe(first.headers.get('X-Request-Id')); // each request still has its own id
    expect(store.users.all()).toHaveLength(4);
  });

  it('accepts the key as a structured-field string too: "abc" and abc are one key', async () => {
    const { sandbox, store } = openSandbox();
    await call(sandbox, 'POST', '/api/v1/users', { json: katherine, headers: { 'Idempotency-Key': `"${KEY}"` } });
    const again = await call(sandbox, 'POST', '/api/v1/users', { json: katherine, headers: { 'Idempotency-Key': KEY } });
    expect(again.headers.get('Idempotency-Replayed')).toBe('true');
    expect(store.users.all()).toHaveLength(4);
  });

  it('refuses the same key with a different body or path with 422 idempotency_key_reused', async () => {
    const { sandbox, store } = openSandbox();
    await call(sandbox, 'POST', '/api/v1/users', { json: katherine, headers: { 'Idempotency-Key': KEY } });
    const changed = await call(sandbox, 'POST', '/api/v1/users', { json: { ...katherine, name: 'K. Johnson' }, headers: { 'Idempotency-Key': KEY } });
    expect(changed.status).toBe(422);
    expect(changed.body.error).toMatchObject({ code: 'idempotency_key_reused', param: 'Idempotency-Key' });
    const elsewhere = await call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_1', items: [{ product_id: 'prd_1', quantity: 1 }] }, headers: { 'Idempotency-Key': KEY } });
    expect(elsewhere.status).toBe(422);
    expect(store.users.all()).toHaveLength(4);
    expect(store.orders.all()).toHaveLength(4);
  });

  it.each([
    ['empty', '', 'is empty'],
    ['too long', 'k'.repeat(256), 'is 256 characters long'],
    ['with a space', 'two words', 'visible ASCII'],
    ['not ASCII', 'clé', 'visible ASCII'],
  ])('refuses a key that is %s with 400 invalid_idempotency_key', async (_, key, reason) => {
    const { sandbox, store } = openSandbox();
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: katherine, headers: { 'Idempotency-Key': key } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_idempotency_key', param: 'Idempotency-Key' });
    expect(res.body.error.message).toContain(reason);
    expect(store.users.all()).toHaveLength(3);
  });

  it('takes a key of exactly 255 visible characters, and unescapes a quoted one', () => {
    expect(parseIdempotencyKey('k'.repeat(255))).toHaveLength(255);
    expect(parseIdempotencyKey('"a\\"b"')).toBe('a"b');
  });

  it('replays client errors too, but runs the request again after a 5xx', async () => {
    const { sandbox, runtime } = openSandbox();
    const invalid = { name: '', email: 'nope' };
    await call(sandbox, 'POST', '/api/v1/users', { json: invalid, headers: { 'Idempotency-Key': 'bad-user' } });
    const replayed = await call(sandbox, 'POST', '/api/v1/users', { json: invalid, headers: { 'Idempotency-Key': 'bad-user' } });
    expect([replayed.status, replayed.headers.get('Idempotency-Replayed')]).toEqual([422, 'true']);

    await call(sandbox, 'PUT', '/api/v1/sandbox/payment-provider', { json: { failure_rate: 1, latency_ms: 0 } });
    const failed = await call(sandbox, 'POST', '/api/v1/orders/ord_4/pay', { headers: { 'Idempotency-Key': 'pay-ord-4' } });
    expect(failed.status).toBe(502);
    await call(sandbox, 'PUT', '/api/v1/sandbox/payment-provider', { json: { failure_rate: 0, latency_ms: 0 } });
    const retried = await call(sandbox, 'POST', '/api/v1/orders/ord_4/pay', { headers: { 'Idempotency-Key': 'pay-ord-4' } });
    expect([retried.status, retried.headers.get('Idempotency-Replayed')]).toEqual([200, null]);
    expect(runtime.payments.all()).toHaveLength(1);
  });

  it('runs concurrent duplicates once: the others wait for the first answer and replay it', async () => {
    const { sandbox, runtime, store } = openSandbox();
    // A slow provider keeps the first payment running while the duplicates arrive.
    await call(sandbox, 'PUT', '/api/v1/sandbox/payment-provider', { json: { failure_rate: 0, latency_ms: 500 } });
    const pay = () => call(sandbox, 'POST', '/api/v1/orders/ord_4/pay', { headers: { 'Idempotency-Key': 'double-click' } });
    const answers = await Promise.all([pay(), pay(), pay()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.headers.get('Idempotency-Replayed')).sort()).toEqual([null, 'true', 'true'].sort());
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(runtime.payments.all()).toHaveLength(1);

    const users = await Promise.all([1, 2].map(() => call(sandbox, 'POST', '/api/v1/users', { json: katherine, headers: { 'Idempotency-Key': 'new-user' } })));
    expect(users.map((user) => user.status)).toEqual([201, 201]);
    expect(users[0]!.body).toEqual(users[1]!.body);
    expect(store.users.all()).toHaveLength(4);
  });

  it('forgets a key after 24 hours of sandbox time', async () => {
    const { sandbox, store } = openSandbox();
    const send = () => call(sandbox, 'POST', '/api/v1/batch', { json: { operations: [{ method: 'create', resource: 'users', data: katherine }] }, headers: { 'Idempotency-Key': KEY } });
    await send();
    sandbox.clock.advance(IDEMPOTENCY_TTL_MS - 1);
    expect((await send()).headers.get('Idempotency-Replayed')).toBe('true');
    sandbox.clock.advance(1);
    const late = await send();
    expect(late.headers.get('Idempotency-Replayed')).toBeNull();
    expect(late.body.results[0]).toMatchObject({ outcome: 'failed', status: 409 }); // it ran again: the email is taken by the first run
    expect(store.users.all()).toHaveLength(4);
  });

  it('leaves POSTs that do not document the header alone', async () => {
    const { sandbox, store } = openSandbox();
    const product = { name: 'Webcam', price_money: { amount: 5900, currency: 'EUR' } };
    for (let i = 0; i < 2; i++) {
      const res = await call(sandbox, 'POST', '/api/v1/products', { json: product, headers: { 'Idempotency-Key': KEY } });
      expect([res.status, res.headers.get('Idempotency-Replayed')]).toEqual([201, null]);
    }
    expect(store.products.all()).toHaveLength(6);
    const { paths } = (await call(sandbox, 'GET', '/openapi.json')).body;
    expect(paths['/api/v1/products'].post.parameters ?? []).not.toContainEqual(expect.objectContaining({ name: 'Idempotency-Key' }));
  });

  it('forgets every key when the sandbox is reset', async () => {
    const { sandbox, runtime } = openSandbox();
    await call(sandbox, 'POST', '/api/v1/users', { json: katherine, headers: { 'Idempotency-Key': KEY } });
    expect(runtime.idempotency.size).toBe(1);
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    expect(runtime.idempotency.size).toBe(0);
  });

  it('documents the header and its errors on the POST operations', async () => {
    const { sandbox } = openSandbox();
    const { paths } = (await call(sandbox, 'GET', '/openapi.json')).body;
    for (const path of ['/api/v1/users', '/api/v1/orders', '/api/v1/orders/{id}/items', '/api/v1/orders/{id}/pay', '/api/v1/orders/{id}/cancel', '/api/v1/batch', '/api/v1/payments']) {
      const operation = paths[path].post;
      expect(operation.parameters, path).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }));
      expect(operation.responses['422'].description, path).toContain('`idempotency_key_reused`');
      expect(operation.responses['400'].description, path).toContain('`invalid_idempotency_key`');
    }
  });
});

describe('the idempotency middleware on its own', () => {
  /** A tiny app: the caller comes from X-Caller, and the handler counts how often it runs. */
  function counterApp() {
    const clock = createManualClock(START);
    const keys = new IdempotencyStore(clock);
    const callers: Record<string, Principal> = {
      ada: { kind: 'user', userId: 'usr_1', tenantId: 'ten_acme', roles: ['admin'], scopes: null, credentialId: 'workbench-lab' },
      grace: { kind: 'user', userId: 'usr_2', tenantId: 'ten_acme', roles: ['member'], scopes: null, credentialId: 'workbench-lab' },
    };
    let runs = 0;
    const app = createRouter();
    app.use('*', async (c, next) => {
      c.set('principal', callers[c.req.header('X-Caller') ?? ''] ?? ANONYMOUS);
      await next();
    });
    app.use('*', idempotency(keys));
    app.post('/count', (c) => c.json({ run: ++runs }, 201));
    app.post('/crash', () => {
      runs++;
      throw new Error('boom');
    });
    app.onError((error, c) => renderError(c, toApiError(error)));
    const post = (path: string, caller?: string) => app.request(path, { method: 'POST', body: '{}', headers: { 'Idempotency-Key': 'k1', ...(caller && { 'X-Caller': caller }) } });
    return { post, runs: () => runs };
  }

  it('keeps each caller’s keys apart: the same key from two callers runs twice', async () => {
    const app = counterApp();
    expect(await (await app.post('/count', 'ada')).json()).toEqual({ run: 1 });
    expect(await (await app.post('/count', 'grace')).json()).toEqual({ run: 2 });
    expect(await (await app.post('/count')).json()).toEqual({ run: 3 });
    expect(await (await app.post('/count', 'ada')).json()).toEqual({ run: 1 });
    expect(app.runs()).toBe(3);
  });

  it('does not keep a crash: the retry runs the handler again', async () => {
    const app = counterApp();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // the sandbox logs unexpected errors on purpose
    try {
      expect((await app.post('/crash')).status).toBe(500);
      expect((await app.post('/crash')).status).toBe(500);
    } finally {
      quiet.mockRestore();
    }
    expect(app.runs()).toBe(2);
  });
});
