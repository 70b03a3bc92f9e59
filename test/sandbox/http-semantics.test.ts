import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { bodyOperations, documentedPaths } from './openapi-routes';
import { call, testSandbox } from './support';

/*
 * HTTP's own semantics, checked on every route /openapi.json lists: they come from
 * middleware, so a route added later is covered without anyone writing a test for it.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const paths = [...(await documentedPaths()), { template: '/openapi.json', path: '/openapi.json', methods: ['GET'] }];
const getPaths = paths.filter((route) => route.methods.includes('GET'));
const bodyOps = await bodyOperations();

/** What Allow must say for a path with these documented methods. */
function expectedAllow(methods: string[]): string {
  const all = new Set([...methods, 'OPTIONS']);
  if (all.has('GET')) all.add('HEAD');
  return [...all].sort().join(', ');
}

// Headers that differ between any two requests: their own id and the rate-limit count.
const VOLATILE = new Set(['x-request-id', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'ratelimit']);
const stableHeaders = (headers: Headers) => [...headers].filter(([name]) => !VOLATILE.has(name));

describe('OPTIONS', () => {
  it.each(paths.map((route) => [route.template, route] as const))('answers OPTIONS %s with 204 and an Allow header of its methods, HEAD and OPTIONS', async (_, route) => {
    const res = await call(sandbox, 'OPTIONS', route.path);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(res.headers.get('Allow')).toBe(expectedAllow(route.methods));
    expect(res.headers.get('X-Request-Id')).toEqual(expect.any(String));
  });

  it('answers OPTIONS on a path no route serves with 404 route_not_found', async () => {
    const res = await call(sandbox, 'OPTIONS', '/api/v1/userz');
    expect(res.status).toBe(404);
    expect(res.headers.get('Allow')).toBeNull();
    expect(res.body.error).toMatchObject({ code: 'route_not_found' });
  });
});

describe('405 Method Not Allowed', () => {
  it.each(paths.map((route) => [route.template, route] as const))('refuses a method %s lacks with 405 and the same Allow as OPTIONS', async (_, route) => {
    const missing = ['POST', 'PUT', 'PATCH', 'DELETE', 'GET'].find((method) => !route.methods.includes(method));
    expect(missing, `${route.template} accepts every method`).toBeDefined();
    const res = await call(sandbox, missing!, route.path);
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe(expectedAllow(route.methods));
    expect(res.body.error.code).toBe('method_not_allowed');
    expect(res.body.error.message).toContain(`${missing} is not allowed on ${route.path}`);
  });
});

describe('HEAD', () => {
  it.each(getPaths.map((route) => [route.template, route] as const))('answers HEAD %s with the status and headers of GET and no body', async (_, route) => {
    const get = await call(sandbox, 'GET', route.path);
    const head = await call(sandbox, 'HEAD', route.path);
    expect(head.status).toBe(get.status);
    expect(head.text).toBe('');
    expect(stableHeaders(head.headers)).toEqual(stableHeaders(get.headers));
  });

  it('keeps the Link header of a numbered page on HEAD, so a client can count pages without the body', async () => {
    const head = await call(sandbox, 'HEAD', '/api/v1/books?page=1&per_page=3');
    expect(head.status).toBe(200);
    expect(head.headers.get('Link')).toContain('rel="last"');
  });

  it('answers HEAD on a path without GET with 405', async () => {
    const res = await call(sandbox, 'HEAD', '/api/v1/loans/lon_1/return');
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('OPTIONS, POST');
    expect(res.text).toBe('');
  });

  it('does not change anything: the data after HEAD is the data before', async () => {
    const before = await call(sandbox, 'GET', '/api/v1/loans');
    await call(sandbox, 'HEAD', '/api/v1/loans');
    expect((await call(sandbox, 'GET', '/api/v1/loans')).body).toEqual(before.body);
  });
});

describe('415 Unsupported Media Type', () => {
  it.each(bodyOps.map((op) => [op.method, op.template, op] as const))('refuses %s %s with a text/plain body', async (_, __, op) => {
    const res = await call(sandbox, op.method, op.path, { body: '{"name":"x"}', headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'unsupported_media_type', param: 'Content-Type' });
    expect(res.body.error.message).toContain('Content-Type: application/json');
  });
});

describe('POST to a collection', () => {
  // One valid creation per collection; each must answer 201 with a Location that serves what was created.
  const creations: [string, unknown][] = [
    ['/api/v1/users', { name: 'Katherine Johnson', email: 'katherine@example.com' }],
    ['/api/v1/products', { name: 'Webcam', price_money: { amount: 5900, currency: 'EUR' } }],
    ['/api/v1/orders', { user_id: 'usr_2', items: [{ product_id: 'prd_1', quantity: 1 }] }],
    ['/api/v1/customers/cus_2/addresses', { line1: '1 Main Street', city: 'Springfield', postal_code: '12345', country: 'US' }],
    ['/api/v1/authors', { name: 'N. K. Jemisin' }],
    ['/api/v1/books', { title: 'The Fifth Season', author_id: 'aut_2', isbn: '9780000000095', published_year: 2015 }],
    ['/api/v1/members', { name: 'Barbara McClintock', email: 'barbara@example.com' }],
    ['/api/v1/loans', { book_id: 'bok_3', member_id: 'mem_2' }],
    ['/api/v1/books/bok_6/reserve', { member_id: 'mem_1' }],
  ];

  it.each(creations)('answers POST %s with 201, the new resource and a Location that serves it', async (path, json) => {
    const res = await call(sandbox, 'POST', path, { json });
    expect(res.status).toBe(201);
    const location = res.headers.get('Location');
    expect(location).toBe(res.body.links.self);
    const fetched = await call(sandbox, 'GET', location!);
    expect(fetched.status).toBe(200);
    expect(fetched.body.data).toEqual(res.body.data);
  });
});
