import { parseList, type Item } from 'structured-headers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, openApiDocument, START, testSandbox, type CallResult } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const FREE = { 'X-API-Key': 'key_free_demo' };
const PRO = { 'X-API-Key': 'key_pro_demo' };

const get = (headers: Record<string, string> = {}, path = '/api/v1/users') => call(sandbox, 'GET', path, { headers });

/** Sends `n` requests with `headers` and returns the last response. */
async function burst(n: number, headers: Record<string, string>): Promise<CallResult> {
  let last: CallResult | undefined;
  for (let i = 0; i < n; i++) last = await get(headers);
  return last!;
}

/** X-RateLimit-Limit, -Remaining and -Reset as numbers. */
function legacy(res: CallResult) {
  return {
    limit: Number(res.headers.get('X-RateLimit-Limit')),
    remaining: Number(res.headers.get('X-RateLimit-Remaining')),
    reset: Number(res.headers.get('X-RateLimit-Reset')),
  };
}

/** Parses one RFC 8941 List field holding a single Item; fails the test when it isn't one. */
function structured(res: CallResult, field: string): { name: unknown; params: Record<string, unknown> } {
  const text = res.headers.get(field);
  expect(text, `${field} header`).not.toBeNull();
  const list = parseList(text!);
  expect(list).toHaveLength(1);
  const [name, params] = list[0] as Item;
  return { name, params: Object.fromEntries(params) };
}

describe('rate limiting: token buckets per client', () => {
  it('lets a free key burst exactly 10 requests, then answers 429 with Retry-After', async () => {
    for (let i = 1; i <= 10; i++) {
      const res = await get(FREE);
      expect(res.status).toBe(200);
      expect(legacy(res)).toEqual({ limit: 10, remaining: 10 - i, reset: 6 * i });
    }
    const refused = await get(FREE);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('6');
    expect(legacy(refused)).toEqual({ limit: 10, remaining: 0, reset: 60 });
    expect(refused.body.error).toMatchObject({
      type: 'rate_limit_error',
      code: 'rate_limit_exceeded',
      doc_url: '/errors/rate_limit_exceeded',
      request_id: refused.headers.get('X-Request-Id'),
    });
    expect(refused.body.error.message).toContain('Wait 6 s');
    expect(refused.body.error.message).toContain('key_pro_demo');
  });

  it('counts Retry-After down as time passes, rounding up to whole seconds', async () => {
    await burst(10, FREE);
    sandbox.clock.advance(4_500);
    expect((await get(FREE)).headers.get('Retry-After')).toBe('2');
    sandbox.clock.advance(1_499);
    const last = await get(FREE);
    expect(last.status).toBe(429);
    expect(last.headers.get('Retry-After')).toBe('1');
  });

  it('earns one token back after exactly the refill interval, and not a millisecond before', async () => {
    await burst(10, FREE);
    sandbox.clock.advance(5_999);
    expect((await get(FREE)).status).toBe(429);
    sandbox.clock.advance(1);
    const refilled = await get(FREE);
    expect(refilled.status).toBe(200);
    expect(legacy(refilled).remaining).toBe(0);
    const again = await get(FREE);
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe('6');
  });

  it('keeps the time already earned towards the next token across requests', async () => {
    await burst(10, FREE);
    sandbox.clock.advance(9_000); // one token, plus 3 s towards the next
    expect((await get(FREE)).status).toBe(200);
    const refused = await get(FREE);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('3');
  });

  it('never fills a bucket beyond its capacity', async () => {
    await get(FREE);
    sandbox.clock.advance(3_600_000);
    expect(legacy(await get(FREE)).remaining).toBe(9);
  });

  it('hands out no tokens when the clock is set back', async () => {
    await burst(10, FREE);
    sandbox.clock.set(Date.parse(START) - 3_600_000);
    expect((await get(FREE)).status).toBe(429);
    sandbox.clock.advance(6_000);
    expect((await get(FREE)).status).toBe(200);
    expect((await get(FREE)).status).toBe(429);
  });

  it('keeps free, pro and anonymous clients in separate buckets with their own tiers', async () => {
    expect((await burst(11, FREE)).status).toBe(429);

    const pro = await get(PRO);
    expect(pro.status).toBe(200);
    expect(legacy(pro)).toEqual({ limit: 100, remaining: 99, reset: 1 });
    expect(structured(pro, 'RateLimit-Policy')).toEqual({ name: 'pro', params: { q: 100, w: 20 } });

    const anonymous = await get();
    expect(anonymous.status).toBe(200);
    expect(legacy(anonymous)).toEqual({ limit: 100, remaining: 99, reset: 1 });
    expect(structured(anonymous, 'RateLimit-Policy')).toEqual({ name: 'anonymous', params: { q: 100, w: 10 } });

    expect((await get(FREE)).status).toBe(429);
  });

  it('gives anonymous clients 100 requests and 10 more per second', async () => {
    expect((await burst(100, {})).status).toBe(200);
    expect((await get()).status).toBe(429);
    sandbox.clock.advance(1_000);
    expect(legacy(await burst(10, {})).remaining).toBe(0);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('1');
  });

  it('sends RateLimit-Policy and RateLimit as RFC 8941 structured fields, on allowed and refused responses', async () => {
    await burst(2, FREE);
    const allowed = await get(FREE);
    expect(allowed.headers.get('RateLimit-Policy')).toBe('"free";q=10;w=60');
    expect(allowed.headers.get('RateLimit')).toBe('"free";r=7;t=6');
    expect(structured(allowed, 'RateLimit-Policy')).toEqual({ name: 'free', params: { q: 10, w: 60 } });
    expect(structured(allowed, 'RateLimit')).toEqual({ name: 'free', params: { r: 7, t: 6 } });

    const refused = await burst(8, FREE);
    expect(refused.status).toBe(429);
    expect(structured(refused, 'RateLimit-Policy')).toEqual({ name: 'free', params: { q: 10, w: 60 } });
    expect(structured(refused, 'RateLimit')).toEqual({ name: 'free', params: { r: 0, t: 6 } });
  });

  it('puts the headers on error responses too', async () => {
    const missing = await call(sandbox, 'GET', '/api/v1/users/usr_999', { headers: FREE });
    expect(missing.status).toBe(404);
    expect(legacy(missing)).toEqual({ limit: 10, remaining: 9, reset: 6 });
    const noRoute = await call(sandbox, 'GET', '/api/v1/userz', { headers: FREE });
    expect(noRoute.status).toBe(404);
    expect(structured(noRoute, 'RateLimit')).toEqual({ name: 'free', params: { r: 8, t: 6 } });
  });

  it('carries Retry-After and the limit headers in problem+json too', async () => {
    await burst(10, FREE);
    const res = await get({ ...FREE, Accept: 'application/problem+json' });
    expect(res.status).toBe(429);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toBe('6');
    expect(res.headers.get('RateLimit')).toBe('"free";r=0;t=6');
    expect(res.body).toMatchObject({ type: '/errors/rate_limit_exceeded', status: 429, code: 'rate_limit_exceeded', title: 'Too many requests' });
  });

  it('refuses an unknown API key with 401, without echoing it, and charges the anonymous bucket', async () => {
    const res = await get({ 'X-API-Key': 'key_guessed_secret' });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('ApiKey realm="sandbox"');
    expect(res.body.error).toMatchObject({ type: 'authentication_error', code: 'invalid_api_key', param: 'X-API-Key', doc_url: '/errors/invalid_api_key' });
    expect(res.body.error.message).toContain('key_free_demo');
    expect(res.text).not.toContain('key_guessed_secret');
    expect(structured(res, 'RateLimit')).toEqual({ name: 'anonymous', params: { r: 99, t: 1 } });
    expect(legacy(await get()).remaining).toBe(98);

    expect((await get({ 'X-API-Key': '' })).status).toBe(401);
    expect((await get({ 'X-API-Key': 'constructor' })).status).toBe(401);
  });

  it('does not limit the sandbox control routes, so a reset always works', async () => {
    await burst(10, FREE);
    const control = await call(sandbox, 'GET', '/api/v1/sandbox/payment-provider', { headers: FREE });
    expect(control.status).toBe(200);
    expect(control.headers.get('RateLimit')).toBeNull();
    expect((await call(sandbox, 'POST', '/api/v1/sandbox/reset', { headers: FREE })).status).toBe(204);
    expect(legacy(await get(FREE)).remaining).toBe(9);
  });
});

describe('rate limiting in /openapi.json', () => {
  it('documents the headers on every response and 401/429 on every limited operation', async () => {
    const document = (await openApiDocument()) as any;
    expect(Object.keys(document.components.headers)).toEqual(
      expect.arrayContaining(['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'RateLimit-Policy', 'RateLimit', 'Retry-After']),
    );
    expect(document.components.securitySchemes.ApiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
    expect(document.components.securitySchemes.Bearer).toMatchObject({ type: 'http', scheme: 'bearer' });

    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (!path.startsWith('/api/v1/')) continue; // the limiter guards the REST API, not /oauth or /.well-known
        if (path.startsWith('/api/v1/sandbox/')) {
          expect(operation.responses['429'], where).toBeUndefined();
          continue;
        }
        // Routes that refuse anonymous callers require a Bearer credential; the rest accept anyone.
        const required = String(operation.responses['401'].description).includes('`authentication_required`');
        expect(operation.security, where).toEqual(required ? [{ Bearer: [] }] : [{}, { ApiKey: [] }, { Bearer: [] }]);
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          expect(response.headers?.RateLimit, `${where} ${status}`).toEqual({ $ref: '#/components/headers/RateLimit' });
          expect(response.headers?.['X-RateLimit-Remaining'], `${where} ${status}`).toBeDefined();
        }
        expect(operation.responses['429'].description, where).toContain('`rate_limit_exceeded`');
        expect(operation.responses['429'].headers['Retry-After'], where).toEqual({ $ref: '#/components/headers/Retry-After' });
        expect(operation.responses['401'].description, where).toContain('`invalid_api_key`');
      }
    }
  });
});
