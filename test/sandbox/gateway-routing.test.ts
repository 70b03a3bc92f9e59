import { beforeEach, describe, expect, it } from 'vitest';
import { appendForwarded, appendVia, withoutHopByHop } from '../../sandbox/gateway/forwarding-headers';
import { coversPath, matchRoute } from '../../sandbox/gateway/route-match';
import type { GatewayRoute } from '../../sandbox/gateway/config-schema';
import { createManualClock, type Sandbox } from '../../sandbox/index';
import { createGateway } from '../../sandbox/gateway/gateway';
import { proxyRequest } from '../../sandbox/gateway/proxy';
import { loadDocument, oneRoute, viaGateway } from './gateway-support';
import { call, START, testSandbox } from './support';

const route = (name: string, paths: string[], methods: GatewayRoute['methods'] = ['GET']): GatewayRoute => ({ name, service: 'svc', paths, methods });

describe('gateway route matching', () => {
  it('matches a prefix only on whole path segments, unlike a plain startsWith', () => {
    expect(coversPath('/api/v1/users', '/api/v1/users')).toBe(true);
    expect(coversPath('/api/v1/users', '/api/v1/users/usr_1')).toBe(true);
    expect(coversPath('/api/v1/users', '/api/v1/usersX')).toBe(false);
    expect('/api/v1/usersX'.startsWith('/api/v1/users')).toBe(true); // the naive check the gateway avoids
  });

  it('prefers the longest matching prefix whatever the order of the routes', () => {
    const routes = [route('all', ['/api/v1']), route('orders', ['/api/v1/orders'])];
    const match = matchRoute(routes, 'GET', '/api/v1/orders/ord_1');
    expect(match).toMatchObject({ kind: 'matched', route: { name: 'orders' }, rest: '/ord_1' });
    expect(matchRoute(routes, 'GET', '/api/v1/users')).toMatchObject({ kind: 'matched', route: { name: 'all' } });
  });

  it('reports the methods of the matching prefix when none of its routes takes the method', () => {
    const routes = [route('read', ['/orders'], ['GET']), route('write', ['/orders'], ['POST'])];
    expect(matchRoute(routes, 'POST', '/orders')).toMatchObject({ kind: 'matched', route: { name: 'write' } });
    expect(matchRoute(routes, 'DELETE', '/orders')).toEqual({ kind: 'method_not_allowed', allow: ['GET', 'HEAD', 'POST'] });
    expect(matchRoute(routes, 'GET', '/elsewhere')).toEqual({ kind: 'no_route' });
  });
});

describe('the gateway at /gateway/*', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = testSandbox();
  });

  it('forwards a matched request to the upstream and says which service answered', async () => {
    const res = await viaGateway(sandbox, 'GET', '/api/v1/users/usr_1');
    expect(res.status).toBe(200);
    expect(res.body.data.id).toBe('usr_1');
    expect(res.headers.get('X-Upstream')).toBe('user-service');
    expect(res.headers.get('Via')).toBe('1.1 workbench-gateway');
  });

  it('strips the route prefix and appends the rest to the service’s upstream (strip_path)', async () => {
    expect((await loadDocument(sandbox, oneRoute({ upstream: '/api/v1/orders', paths: '[/shop/orders]' }))).status).toBe(200);
    const res = await viaGateway(sandbox, 'GET', '/shop/orders/ord_2?fields=id');
    expect(res.status).toBe(200);
    expect(res.body.data.id).toBe('ord_2');
  });

  it('returns 404 with the routes in force for a path that only shares a prefix string', async () => {
    const res = await call(sandbox, 'GET', '/gateway/api/v1/usersX');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('route_not_found');
    expect(res.body.error.message).toContain('/gateway/api/v1/users');
  });

  it('returns 405 with Allow for a method the route does not list', async () => {
    const res = await call(sandbox, 'DELETE', '/gateway/api/v1/orders/ord_1');
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, POST');
    expect(res.body.error.code).toBe('method_not_allowed');
  });

  it('drops hop-by-hop headers, including those Connection names, and appends Via and Forwarded', () => {
    const headers = new Headers({ Connection: 'close, X-Secret-Hop', 'X-Secret-Hop': '1', 'Keep-Alive': 'timeout=5', TE: 'trailers', 'X-Kept': 'yes', Via: '1.1 edge' });
    const seen = withoutHopByHop(headers);
    expect([...seen.keys()].sort()).toEqual(['via', 'x-kept']);
    appendVia(seen);
    appendForwarded(seen, new URL('http://sandbox.local:4010/gateway/x'));
    expect(seen.get('Via')).toBe('1.1 edge, 1.1 workbench-gateway');
    expect(seen.get('Forwarded')).toBe('for=unknown;host="sandbox.local:4010";proto=http');
  });

  it('sends the upstream the rewritten path and query, without hop-by-hop headers, with Via, Forwarded and the request id', async () => {
    const clock = createManualClock(START);
    const gateway = createGateway(clock);
    let received: Request | undefined;
    const upstream = async (request: Request) => {
      received = request;
      return new Response('{"ok":true}', { headers: { 'Content-Type': 'application/json', Connection: 'close', 'Keep-Alive': 'timeout=5' } });
    };
    const request = new Request('http://sandbox.local:4010/gateway/api/v1/users/usr_1?fields=id', {
      headers: { Connection: 'X-Hop', 'X-Hop': 'secret', 'Proxy-Authorization': 'Basic eDp5', 'X-Kept': 'yes' },
    });
    const result = await proxyRequest(request, 'req_000123', { gateway, clock, verifyAccessToken: () => Promise.reject(new Error('not used')), upstream });
    expect(received!.url).toBe('http://sandbox.local:4010/api/v1/users/usr_1?fields=id');
    expect(Object.fromEntries(received!.headers)).toEqual({
      'x-kept': 'yes',
      'x-request-id': 'req_000123',
      via: '1.1 workbench-gateway',
      forwarded: 'for=unknown;host="sandbox.local:4010";proto=http',
    });
    if (result.kind !== 'response') throw new Error('expected a response');
    expect(result.response.headers.has('Keep-Alive')).toBe(false);
    expect(result.response.headers.get('X-Upstream')).toBe('user-service');
  });

  it('keeps the request id the client sent and propagates it to the upstream', async () => {
    const res = await viaGateway(sandbox, 'GET', '/api/v1/users/usr_999', { 'X-Request-Id': 'trace-42' });
    expect(res.status).toBe(404);
    expect(res.headers.get('X-Request-Id')).toBe('trace-42');
    expect(res.body.error.request_id).toBe('trace-42'); // written by the upstream: the id travelled
  });

  it('leaves the upstream to number its own request when the service has no request-id plugin', async () => {
    await loadDocument(sandbox, oneRoute({ upstream: '/api/v1/users', paths: '[/users]' }));
    const res = await viaGateway(sandbox, 'GET', '/users/usr_999');
    expect(res.body.error.request_id).not.toBe(res.headers.get('X-Request-Id'));
  });
});
