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
  'GET /api/v1/sandbox/provider-variants',
  'PUT /api/v1/sandbox/provider-variants',
  'GET /api/v1/sandbox/circuit-breakers/payment-provider',
  'POST /api/v1/sandbox/reset',
  'GET /api/v1/sandbox/city',
  'PUT /api/v1/sandbox/city',
  // chapter 9: the API gateway's document and stats
  'GET /api/v1/sandbox/gateway/config',
  'PUT /api/v1/sandbox/gateway/config',
  'GET /api/v1/sandbox/gateway/stats',
  // chapter 5: users in v2, v3 and at one negotiated URL, the chat example, the version schedule, the clock
  'GET /api/v2/users',
  'POST /api/v2/users',
  'GET /api/v2/users/{id}',
  'PATCH /api/v2/users/{id}',
  'GET /api/v3/users',
  'POST /api/v3/users',
  'GET /api/v3/users/{id}',
  'PATCH /api/v3/users/{id}',
  'GET /api/users',
  'POST /api/users',
  'GET /api/users/{id}',
  'PATCH /api/users/{id}',
  'POST /api/v1/chat.postMessage',
  'POST /api/v2/chat.postMessage',
  'GET /api/v1/conversations.history',
  'GET /api/v2/conversations.history',
  'GET /api/v1/sandbox/versions',
  'GET /api/v1/sandbox/clock',
  'PUT /api/v1/sandbox/clock',
  // chapter 8: the real-time feed (E-live)
  'GET /api/v1/events',
  'GET /api/v1/events/stream',
  'GET /api/v1/notifications/poll',
  'GET /api/v1/realtime',
  'POST /api/v1/sandbox/simulate/courier',
  // chapter 8: the order lifecycle as action endpoints (what _actions link to), an order's payments, batch
  'POST /api/v1/orders/{id}/pay',
  'POST /api/v1/orders/{id}/ship',
  'POST /api/v1/orders/{id}/deliver',
  'POST /api/v1/orders/{id}/cancel',
  'GET /api/v1/orders/{id}/payments',
  'POST /api/v1/batch',
  // chapter 8: webhooks (Standard Webhooks signatures, retries, dead letters, replay) and the demo inbox
  'POST /api/v1/webhooks/endpoints',
  'GET /api/v1/webhooks/endpoints',
  'GET /api/v1/webhooks/endpoints/{id}',
  'DELETE /api/v1/webhooks/endpoints/{id}',
  'POST /api/v1/webhooks/endpoints/{id}/rotate-secret',
  'GET /api/v1/webhooks/deliveries',
  'GET /api/v1/webhooks/deliveries/{id}',
  'POST /api/v1/webhooks/deliveries/{id}/replay',
  'GET /api/v1/webhooks/dead-letters',
  'POST /api/v1/webhook-inbox/{inbox}',
  'GET /api/v1/sandbox/webhook-inbox/{inbox}',
  'PUT /api/v1/sandbox/webhook-inbox/{inbox}',
  'DELETE /api/v1/sandbox/webhook-inbox/{inbox}',
  // chapter 6: who am I, API keys, tenants
  'GET /api/v1/me',
  'POST /api/v1/api-keys',
  'GET /api/v1/api-keys',
  'GET /api/v1/api-keys/{id}',
  'DELETE /api/v1/api-keys/{id}',
  'GET /api/v1/tenants/{tenant_id}',
  'GET /api/v1/tenants/{tenant_id}/members',
  'GET /api/v1/tenants/{tenant_id}/projects',
  'POST /api/v1/tenants/{tenant_id}/projects',
  'GET /api/v1/tenants/{tenant_id}/projects/{id}',
  'PATCH /api/v1/tenants/{tenant_id}/projects/{id}',
  'DELETE /api/v1/tenants/{tenant_id}/projects/{id}',
  // chapter 6: the OAuth authorization server, its token inspector and log
  'GET /.well-known/oauth-authorization-server',
  'GET /.well-known/jwks.json',
  'GET /oauth/authorize',
  'GET /oauth/authorize/requests/{id}',
  'POST /oauth/authorize/decision',
  'POST /oauth/token',
  'POST /oauth/revoke',
  'POST /oauth/introspect',
  'POST /api/v1/sandbox/tokens/inspect',
  'GET /api/v1/sandbox/oauth-log',
  'DELETE /api/v1/sandbox/oauth-log',
  // chapter 11: metrics, the request log, analytics and the SLA
  'GET /metrics',
  'GET /api/v1/sandbox/logs',
  'GET /api/v1/sandbox/analytics',
  'GET /api/v1/sandbox/sla',
  // chapter 9: the BFFs and their upstream settings
  'GET /api/mobile/v1/dashboard',
  'GET /api/web/v1/dashboard',
  'GET /api/partners/v1/order-summary',
  'GET /api/v1/sandbox/bff/upstreams',
  'PUT /api/v1/sandbox/bff/upstreams',
  // chapter 12: the ride-sharing capstone
  'GET /api/v1/riders',
  'POST /api/v1/riders',
  'GET /api/v1/riders/{id}',
  'GET /api/v1/drivers',
  'GET /api/v1/drivers/nearby',
  'POST /api/v1/drivers',
  'GET /api/v1/drivers/{id}',
  'POST /api/v1/drivers/{id}/location',
  'GET /api/v1/rides',
  'POST /api/v1/rides',
  'GET /api/v1/rides/{id}',
  'POST /api/v1/rides/{id}/accept',
  'POST /api/v1/rides/{id}/decline',
  'POST /api/v1/rides/{id}/arrive',
  'POST /api/v1/rides/{id}/start',
  'POST /api/v1/rides/{id}/complete',
  'POST /api/v1/rides/{id}/cancel',
  'POST /api/v1/rides/{id}/rating',
];

/** Endpoints whose 400/401 bodies follow RFC 6749 §5.2 (`{error, error_description}`) instead of the Error envelope. */
const OAUTH_PROTOCOL_PATHS = new Set(['/oauth/token', '/oauth/revoke', '/oauth/introspect']);

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
          // RFC 6749 §5.2: OAuth's token, revocation and introspection endpoints answer their errors in OAuth's own shape.
          if (OAUTH_PROTOCOL_PATHS.has(path) && response.content['application/json'].schema.$ref === '#/components/schemas/OAuthError') continue;
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
    expect(statuses('/api/v1/users', 'post')).toEqual(['201', '400', '401', '409', '410', '415', '422', '429', '500']); // 410: v1 users after its sunset (chapter 5)
    expect(statuses('/api/v1/users/{id}', 'patch')).toEqual(['200', '400', '401', '404', '409', '410', '415', '422', '429', '500']);
    expect(statuses('/api/v1/orders/{id}', 'delete')).toEqual(['204', '401', '403', '404', '429', '500']); // 403: orders:delete is a permission (chapter 8)
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
