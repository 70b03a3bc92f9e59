import { beforeEach, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../../sandbox/gateway/config-load';
import { DEFAULT_GATEWAY_CONFIG } from '../../sandbox/gateway/default-config';
import type { Sandbox } from '../../sandbox/index';
import { loadDocument, oneRoute, viaGateway } from './gateway-support';
import { call, testSandbox } from './support';

describe('reading a gateway document', () => {
  it('loads the default document with the guide’s 90/10 canary split', () => {
    const result = loadGatewayConfig(DEFAULT_GATEWAY_CONFIG);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const orders = result.config.routes.find((route) => route.name === 'orders-route')!;
    expect(orders.traffic?.destinations?.map((d) => d.weight)).toEqual([90, 10]);
    expect(orders.traffic?.retries).toEqual({ attempts: 2, per_try_timeout: 2000 });
  });

  it('reads JSON as well as YAML', () => {
    const json = JSON.stringify({ services: [{ name: 'a', upstream: '/api/v1/users' }], routes: [{ name: 'r', service: 'a', paths: ['/u'], methods: ['GET'] }] });
    expect(loadGatewayConfig(json)).toMatchObject({ ok: true, config: { seed: 1, services: [{ variant: 'stable', plugins: [] }] } });
  });

  it('gives the line and column of a YAML syntax error', () => {
    const result = loadGatewayConfig('services:\n  - name: a\n    upstream: [/api\nroutes: []\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ path: 'document', code: 'yaml_syntax', line: expect.any(Number), column: expect.any(Number) });
  });

  it('lists every schema problem with its path and the line of the offending value', () => {
    const text = oneRoute({ upstream: 'orders', methods: '[GET, FETCH]', traffic: '      retries: { attempts: 2, per_try_timeout: soon }' });
    const result = loadGatewayConfig(text);
    if (result.ok) throw new Error('expected problems');
    const byPath = Object.fromEntries(result.problems.map((problem) => [problem.path, problem]));
    expect(Object.keys(byPath).sort()).toEqual(['routes[0].methods[1]', 'routes[0].traffic.retries.per_try_timeout', 'services[0].upstream']);
    const lines = text.split('\n');
    expect(lines[byPath['services[0].upstream']!.line! - 1]).toContain('upstream: orders');
    expect(lines[byPath['routes[0].methods[1]']!.line! - 1]).toContain('FETCH');
  });

  it('refuses weights that do not add up to 100 and names that point nowhere', () => {
    const split = '      destinations:\n        - { service: svc, weight: 90 }\n        - { service: svc, weight: 20 }';
    const weights = loadGatewayConfig(oneRoute({ traffic: split }));
    expect(weights).toMatchObject({ ok: false, problems: [{ path: 'routes[0].traffic.destinations', message: 'the weights must add up to 100' }] });
    const dangling = loadGatewayConfig(oneRoute().replace('service: svc', 'service: ghost'));
    expect(dangling).toMatchObject({ ok: false, problems: [{ path: 'routes[0].service', code: 'unknown_service' }] });
  });

  it('reports a dangling service name even when the document also breaks the schema', () => {
    const result = loadGatewayConfig(oneRoute({ methods: '[GET, FETCH]' }).replace('service: svc', 'service: ghost'));
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((problem) => [problem.path, problem.code])).toEqual([
      ['routes[0].methods[1]', 'invalid_value'],
      ['routes[0].service', 'unknown_service'],
    ]);
  });

  it('refuses an upstream under /gateway, which would loop', () => {
    expect(loadGatewayConfig(oneRoute({ upstream: '/gateway/orders' }))).toMatchObject({ ok: false, problems: [{ path: 'services[0].upstream' }] });
  });
});

describe('GET and PUT /api/v1/sandbox/gateway/config', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = testSandbox();
  });

  it('shows the document in force and the routes it defines under /gateway', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/sandbox/gateway/config');
    expect(res.status).toBe(200);
    expect(res.body.document).toBe(DEFAULT_GATEWAY_CONFIG);
    expect(res.body.routes.map((route: { paths: string[] }) => route.paths[0])).toContain('/gateway/api/v1/orders');
  });

  it('reloads a valid document at once', async () => {
    const document = oneRoute({ paths: '[/shop]' });
    const res = await loadDocument(sandbox, document);
    expect(res.status).toBe(200);
    expect(res.body.document).toBe(document);
    expect((await viaGateway(sandbox, 'GET', '/shop/ord_1')).status).toBe(200);
    expect((await call(sandbox, 'GET', '/gateway/api/v1/orders/ord_1')).status).toBe(404);
  });

  it('refuses an invalid document with 422, every problem listed, and keeps the old one serving', async () => {
    const res = await loadDocument(sandbox, 'services:\n  - name: a\n    upstream: /api/v1/users\n    plugins: [{ name: cache }]\nroutes: []\n');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('gateway_config_invalid');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['services[0].plugins[0].name', 'routes']);
    expect(res.body.error.details[0].message).toMatch(/^line 4, column \d+: unknown plugin: use rate-limiting, jwt or request-id$/);
    expect((await call(sandbox, 'GET', '/api/v1/sandbox/gateway/config')).body.document).toBe(DEFAULT_GATEWAY_CONFIG);
    expect((await viaGateway(sandbox, 'GET', '/api/v1/users/usr_1')).status).toBe(200);
  });

  it('takes a JSON document sent as application/json, and refuses plain text with 415', async () => {
    const json = JSON.stringify({ services: [{ name: 'a', upstream: '/api/v1/users' }], routes: [{ name: 'r', service: 'a', paths: ['/people'], methods: ['GET'] }] });
    expect((await call(sandbox, 'PUT', '/api/v1/sandbox/gateway/config', { body: json, headers: { 'Content-Type': 'application/json' } })).status).toBe(200);
    expect((await viaGateway(sandbox, 'GET', '/people/usr_1')).body.data.id).toBe('usr_1');
    const text = await call(sandbox, 'PUT', '/api/v1/sandbox/gateway/config', { body: json, headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.body.error).toMatchObject({ code: 'unsupported_media_type', param: 'Content-Type' });
  });

  it('goes back to the default document and empty stats on sandbox reset', async () => {
    await loadDocument(sandbox, oneRoute());
    await viaGateway(sandbox, 'GET', '/orders');
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    expect((await call(sandbox, 'GET', '/api/v1/sandbox/gateway/config')).body.document).toBe(DEFAULT_GATEWAY_CONFIG);
    const stats = await call(sandbox, 'GET', '/api/v1/sandbox/gateway/stats');
    expect(stats.body.routes.every((route: { requests: number }) => route.requests === 0)).toBe(true);
    expect(stats.body.routes.map((route: { route: string }) => route.route)).toEqual(['users-route', 'orders-route', 'me-route']);
  });
});
