import { describe, expect, it } from 'vitest';
import { call, expectDocumented, openApiDocument, testSandbox } from './support';

const ROUTES = [
  'GET /api/v1/users',
  'POST /api/v1/users',
  'GET /api/v1/users/{id}',
  'PATCH /api/v1/users/{id}',
  'DELETE /api/v1/users/{id}',
  'GET /api/v1/users/{id}/orders',
  'GET /api/v1/products',
  'POST /api/v1/products',
  'GET /api/v1/products/{id}',
  'PATCH /api/v1/products/{id}',
  'DELETE /api/v1/products/{id}',
  'GET /api/v1/orders',
  'POST /api/v1/orders',
  'GET /api/v1/orders/{id}',
  'PATCH /api/v1/orders/{id}',
  'DELETE /api/v1/orders/{id}',
  // chapter 2: PUT, sub-collections, customers and addresses, the library
  'PUT /api/v1/products/{id}',
  'GET /api/v1/orders/{id}/items',
  'POST /api/v1/orders/{id}/items',
  'GET /api/v1/customers',
  'POST /api/v1/customers',
  'GET /api/v1/customers/{id}',
  'PUT /api/v1/customers/{id}',
  'PATCH /api/v1/customers/{id}',
  'DELETE /api/v1/customers/{id}',
  'GET /api/v1/customers/{id}/orders',
  'GET /api/v1/customers/{id}/addresses',
  'POST /api/v1/customers/{id}/addresses',
  'GET /api/v1/addresses/{id}',
  'PATCH /api/v1/addresses/{id}',
  'DELETE /api/v1/addresses/{id}',
  'GET /api/v1/authors',
  'POST /api/v1/authors',
  'GET /api/v1/authors/{id}',
  'GET /api/v1/authors/{id}/books',
  'GET /api/v1/books',
  'POST /api/v1/books',
  'GET /api/v1/books/{id}',
  'GET /api/v1/books/{id}/reservations',
  'POST /api/v1/books/{id}/reserve',
  'GET /api/v1/reservations/{id}',
  'GET /api/v1/members',
  'POST /api/v1/members',
  'GET /api/v1/members/{id}',
  'GET /api/v1/members/{id}/loans',
  'GET /api/v1/loans',
  'POST /api/v1/loans',
  'GET /api/v1/loans/{id}',
  'POST /api/v1/loans/{id}/return',
  'POST /api/v1/loans/{id}/renew',
  // chapter 7: payments through the circuit breaker, the error catalogue, the sandbox's controls
  'POST /api/v1/payments',
  'GET /api/v1/payments/{id}',
  'GET /api/v1/errors',
  'GET /api/v1/errors/{code}',
  'GET /api/v1/sandbox/graphql-settings',
  'PUT /api/v1/sandbox/graphql-settings',
  'GET /api/v1/sandbox/grpc-calls',
  'DELETE /api/v1/sandbox/grpc-calls',
  'GET /api/v1/sandbox/payment-provider',
  'PUT /api/v1/sandbox/payment-provider',
  'GET /api/v1/sandbox/circuit-breakers/payment-provider',
  'POST /api/v1/sandbox/reset',
];

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1.0 document with info, a relative server and tags', async () => {
    const res = await call(testSandbox(), 'GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(res.body.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const declared = res.body.tags.map((tag: { name: string }) => tag.name);
    expect(declared.slice(0, 3)).toEqual(['Users', 'Products', 'Orders']);
    const used = Object.values(res.body.paths).flatMap((item: any) => Object.values(item).flatMap((operation: any) => operation.tags));
    expect(declared).toEqual(expect.arrayContaining([...new Set(used)]));
  });

  it('lists every route of the chapter 1 contract, and nothing else', async () => {
    const document = await openApiDocument();
    const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual([...ROUTES].sort());
  });

  it('gives every operation a tag, a summary and a 500, and points every error at the one shared Error schema', async () => {
    const document = await openApiDocument();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item) as [string, any][]) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.tags, where).toHaveLength(1);
        expect(operation.summary, where).toEqual(expect.any(String));
        expect(Object.keys(operation.responses), where).toContain('500');
        for (const [status, response] of Object.entries(operation.responses) as [string, any][]) {
          if (Number(status) < 400) continue;
          expect(response.content['application/json'].schema, `${where} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
          expect(response.content['application/problem+json'].schema, `${where} ${status}`).toEqual({ $ref: '#/components/schemas/Problem' });
        }
      }
    }
  });

  it('documents the error responses each kind of operation can return', async () => {
    const { paths } = await openApiDocument();
    const statuses = (path: string, method: string) => Object.keys((paths[path] as any)[method].responses);
    // 401 (unknown API key) and 429 (rate limit) come with the rate limiter, on every operation.
    expect(statuses('/api/v1/users', 'post')).toEqual(['201', '400', '401', '409', '415', '422', '429', '500']);
    expect(statuses('/api/v1/users/{id}', 'patch')).toEqual(['200', '400', '401', '404', '409', '415', '422', '429', '500']);
    expect(statuses('/api/v1/orders/{id}', 'delete')).toEqual(['204', '401', '404', '429', '500']);
    // 400 conflicting_parameters: a list refuses cursor and page parameters in one request.
    expect(statuses('/api/v1/products', 'get')).toEqual(['200', '400', '401', '422', '429', '500']);
  });

  it('describes the request bodies with the same rules the sandbox enforces', async () => {
    const { components } = await openApiDocument();
    const create = components.schemas.UserCreate as any;
    expect(create.required).toEqual(['name', 'email']);
    expect(create.additionalProperties).toBe(false);
    expect(create.properties.email.format).toBe('email');
    const product = components.schemas.Product as any;
    expect(product.properties.price.deprecated).toBe(true);
    expect((await openApiDocument()).paths['/api/v1/users']!.get!.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'limit', in: 'query', schema: expect.objectContaining({ minimum: 1, maximum: 100, default: 20 }) })]),
    );
  });

  it('is checked for real: a body that breaks the documented schema fails the conformance check', async () => {
    const missingEmail = { data: { id: 'usr_1', name: 'Ada', created_at: '2026-01-05T09:00:00.000Z' }, links: { self: '/x', orders: '/y' } };
    await expect(expectDocumented('GET', '/api/v1/users/usr_1', 200, 'application/json', missingEmail)).rejects.toThrow(/email/);
    const badDate = { data: { ...missingEmail.data, email: 'ada@example.com', created_at: 'yesterday' }, links: missingEmail.links };
    await expect(expectDocumented('GET', '/api/v1/users/usr_1', 200, 'application/json', badDate)).rejects.toThrow(/date-time/);
    await expect(expectDocumented('GET', '/api/v1/users/usr_1', 418, 'application/json', { nope: true })).rejects.toThrow(/error/);
  });
});
