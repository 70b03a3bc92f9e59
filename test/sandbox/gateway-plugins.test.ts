import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { loadDocument, oneRoute, viaGateway } from './gateway-support';
import { signIn } from './oauth-helpers';
import { call, testSandbox } from './support';

const rateLimited = (minute: number, hour?: number) =>
  oneRoute({ plugins: `\n      - name: rate-limiting\n        config: { minute: ${minute}${hour ? `, hour: ${hour}` : ''} }` });

describe('the rate-limiting plugin', () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = testSandbox();
  });

  it('allows `minute` requests per consumer in a calendar minute, then answers 429 with Retry-After', async () => {
    await loadDocument(sandbox, rateLimited(3));
    for (const remaining of [2, 1, 0]) {
      const res = await viaGateway(sandbox, 'GET', '/orders', { 'X-Client-Id': 'app-a' });
      expect(res.status).toBe(200);
      expect(res.headers.get('X-RateLimit-Remaining-Minute')).toBe(String(remaining));
      expect(res.headers.get('RateLimit')).toBe(`"minute";r=${remaining};t=60`);
    }
    const refused = await call(sandbox, 'GET', '/gateway/orders', { headers: { 'X-Client-Id': 'app-a' } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limit_exceeded');
    expect(refused.headers.get('Retry-After')).toBe('60');
    expect(refused.headers.get('RateLimit-Policy')).toBe('"minute";q=3;w=60');
  });

  it('counts each consumer on its own', async () => {
    await loadDocument(sandbox, rateLimited(1));
    expect((await viaGateway(sandbox, 'GET', '/orders', { 'X-Client-Id': 'app-a' })).status).toBe(200);
    expect((await viaGateway(sandbox, 'GET', '/orders', { 'X-Client-Id': 'app-a' })).status).toBe(429);
    expect((await viaGateway(sandbox, 'GET', '/orders', { 'X-Client-Id': 'app-b' })).status).toBe(200);
  });

  it('opens a new window at the next calendar minute, while the hour keeps counting', async () => {
    await loadDocument(sandbox, rateLimited(2, 3));
    await viaGateway(sandbox, 'GET', '/orders');
    await viaGateway(sandbox, 'GET', '/orders');
    expect((await viaGateway(sandbox, 'GET', '/orders')).status).toBe(429);
    sandbox.clock.advance(60_000);
    const next = await viaGateway(sandbox, 'GET', '/orders');
    expect(next.status).toBe(200);
    expect(next.headers.get('X-RateLimit-Remaining-Hour')).toBe('0');
    const hourly = await viaGateway(sandbox, 'GET', '/orders');
    expect(hourly.status).toBe(429);
    expect(Number(hourly.headers.get('Retry-After'))).toBe(3600 - 60);
  });

  it('counts the refusals in the stats', async () => {
    await loadDocument(sandbox, rateLimited(1));
    await viaGateway(sandbox, 'GET', '/orders');
    await viaGateway(sandbox, 'GET', '/orders');
    const stats = await call(sandbox, 'GET', '/api/v1/sandbox/gateway/stats');
    expect(stats.body.routes[0]).toMatchObject({ route: 'main', requests: 2, routed: 1, rate_limited: 1, statuses: { 200: 1, 429: 1 } });
  });
});

describe('the jwt plugin', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = testSandbox();
  });

  it('refuses a request without a bearer token with 401 and a challenge', async () => {
    const res = await call(sandbox, 'GET', '/gateway/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('authentication_required');
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
  });

  it('refuses a forged or tampered token with 401 invalid_token', async () => {
    const { access_token } = await signIn(sandbox);
    const [header, payload] = access_token.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
    for (const token of [`${access_token.slice(0, -4)}AAAA`, unsigned, `${header}.${payload}.x`]) {
      const res = await call(sandbox, 'GET', '/gateway/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status, token).toBe(401);
      expect(res.body.error.code).toBe('invalid_token');
    }
  });

  it('refuses a valid token issued for another audience than the plugin pins', async () => {
    const { access_token } = await signIn(sandbox);
    await loadDocument(sandbox, oneRoute({ upstream: '/api/v1/me', paths: '[/me]', methods: '[GET]', plugins: '\n      - name: jwt\n        config: { audience: "https://other.example/api" }' }));
    const res = await call(sandbox, 'GET', '/gateway/me', { headers: { Authorization: `Bearer ${access_token}` } });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toContain('https://other.example/api');
  });

  it('lets a valid access token through and rate-limits per token subject', async () => {
    const { access_token } = await signIn(sandbox);
    await loadDocument(
      sandbox,
      oneRoute({ upstream: '/api/v1/me', paths: '[/me]', methods: '[GET]', plugins: '\n      - name: jwt\n      - name: rate-limiting\n        config: { minute: 1 }' }),
    );
    const auth = { Authorization: `Bearer ${access_token}` };
    const first = await viaGateway(sandbox, 'GET', '/me', auth);
    expect(first.status).toBe(200);
    // A client id header cannot buy a fresh quota: the consumer is the token's subject.
    const second = await viaGateway(sandbox, 'GET', '/me', { ...auth, 'X-Client-Id': 'someone-else' });
    expect(second.status).toBe(429);
    expect(second.body.error.message).toContain('usr_');
  });

  it('refuses at load time a document that would accept another algorithm', async () => {
    const res = await loadDocument(sandbox, oneRoute({ plugins: '\n      - name: jwt\n        config: { algorithms: [HS256] }' }));
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ field: 'services[0].plugins[0].config.algorithms[0]' });
  });
});
