import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Checks the envelope of decision 001 and returns its `error` member. */
function envelope(res: { body: any; headers: Headers }, code: string) {
  expect(res.headers.get('Content-Type')).toBe('application/json');
  expect(res.body.error).toMatchObject({ code, doc_url: `/errors/${code}`, request_id: res.headers.get('X-Request-Id') });
  expect(res.body.error.message).toEqual(expect.any(String));
  return res.body.error;
}

describe('error envelope', () => {
  it('returns 400 invalid_json saying at which line and column the JSON breaks', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', {
      body: '{\n  "name": "Ada",\n  "email": "ada@example.net",\n}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    const error = envelope(res, 'invalid_json');
    expect(error).toMatchObject({ type: 'validation_error', param: 'body' });
    expect(error.message).toContain('trailing comma');
    expect(error.message).toContain('line 3, column 29'); // the comma after "ada@example.net"
  });

  it('returns 400 invalid_json for an empty body', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/users/usr_1', { body: '', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(envelope(res, 'invalid_json').message).toMatch(/empty/);
  });

  it('returns 404 route_not_found for a path no route serves', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/userz');
    expect(res.status).toBe(404);
    const error = envelope(res, 'route_not_found');
    expect(error.message).toContain('GET /api/v1/userz');
    expect(error.message).toContain('/openapi.json');
  });

  it('points out a trailing slash instead of a bare 404', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/');
    expect(res.status).toBe(404);
    expect(envelope(res, 'route_not_found').message).toContain('Remove the trailing slash: /api/v1/users.');
  });

  it('returns 405 method_not_allowed with an Allow header on a known path', async () => {
    const collection = await call(sandbox, 'DELETE', '/api/v1/users');
    expect(collection.status).toBe(405);
    expect(collection.headers.get('Allow')).toBe('GET, HEAD, OPTIONS, POST');
    envelope(collection, 'method_not_allowed');

    const item = await call(sandbox, 'PUT', '/api/v1/orders/ord_1', { json: { status: 'paid' } });
    expect(item.status).toBe(405);
    expect(item.headers.get('Allow')).toBe('DELETE, GET, HEAD, OPTIONS, PATCH');

    const doc = await call(sandbox, 'POST', '/openapi.json');
    expect(doc.status).toBe(405);
    expect(doc.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('returns 415 unsupported_media_type for a body that is not JSON, or has no Content-Type', async () => {
    const form = await call(sandbox, 'POST', '/api/v1/users', { body: 'name=Ada', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    expect(envelope(form, 'unsupported_media_type').message).toContain('Content-Type: application/json');

    const text = await call(sandbox, 'POST', '/api/v1/users', { body: '{"name":"Ada","email":"a@example.net"}', headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);

    // fetch labels a string body text/plain; a body without any Content-Type needs a Blob.
    const response = await sandbox.fetch(new Request('http://sandbox.local/api/v1/users', { method: 'POST', body: new Blob(['{"name":"Ada"}']) }));
    expect(response.status).toBe(415);
    expect((await response.json()).error.message).toContain('no Content-Type');
  });

  it('accepts JSON media types with parameters and +json suffixes', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/users/usr_1', {
      body: '{"name":"Ada K."}',
      headers: { 'Content-Type': 'application/merge-patch+json; charset=utf-8' },
    });
    expect(res.status).toBe(200);
  });

  it('returns 422 validation_failed listing every invalid field, not just the first', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: { name: '', email: 'not-an-email', emial: 'typo@example.com' } });
    expect(res.status).toBe(422);
    const error = envelope(res, 'validation_failed');
    expect(error).toMatchObject({ type: 'validation_error', param: 'name' });
    expect(error.details).toEqual([
      { field: 'name', code: 'too_small', message: 'name must not be empty.' },
      { field: 'email', code: 'invalid_format', message: 'email must be an email address such as ada@example.com, not "not-an-email".' },
      { field: 'emial', code: 'unknown_field', message: 'emial is not a field of this request; check its spelling or remove it.' },
    ]);
    expect(error.message).toMatch(/^3 fields are invalid: name must not be empty\. email must be/);
  });

  it('reports every missing required field when the body is an empty object', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: {} });
    expect(res.body.error.details).toEqual([
      { field: 'name', code: 'required', message: 'name is required.' },
      { field: 'email', code: 'required', message: 'email is required.' },
    ]);
  });

  it('names the body itself when the JSON is not an object', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: ['Ada'] });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: 'body', code: 'invalid_type', message: 'body must be an object, not an array.' }]);
  });
});

describe('problem details (RFC 9457) by content negotiation', () => {
  it('returns the same facts as application/problem+json when the client asks for it', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Ada' }, headers: { Accept: 'application/problem+json' } });
    expect(res.status).toBe(422);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.body).toEqual({
      type: '/errors/validation_failed',
      title: expect.any(String),
      status: 422,
      detail: '1 field is invalid: email is required.',
      instance: '/api/v1/users',
      code: 'validation_failed',
      param: 'email',
      errors: [{ field: 'email', code: 'required', message: 'email is required.' }],
      request_id: res.headers.get('X-Request-Id'),
    });
  });

  it('keeps the Allow header of a 405 in problem+json form', async () => {
    const res = await call(sandbox, 'DELETE', '/api/v1/products', { headers: { Accept: 'application/problem+json' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS, POST');
    expect(res.body).toMatchObject({ status: 405, code: 'method_not_allowed', instance: '/api/v1/products' });
  });

  it('weighs the Accept header: plain JSON wins when it has the higher q', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_99', { headers: { Accept: 'application/problem+json;q=0.5, application/json' } });
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.body.error.code).toBe('resource_not_found');
  });

  it('uses the envelope for */* and for clients that send no Accept header', async () => {
    for (const headers of [{ Accept: '*/*' }, {}] as Record<string, string>[]) {
      const res = await call(sandbox, 'GET', '/api/v1/nowhere', { headers });
      expect(res.headers.get('Content-Type')).toBe('application/json');
      expect(res.body.error.code).toBe('route_not_found');
    }
  });
});

describe('request ids', () => {
  it('puts an X-Request-Id on every response, success or error, each one different', async () => {
    const responses = [
      await call(sandbox, 'GET', '/api/v1/users'),
      await call(sandbox, 'DELETE', '/api/v1/users/usr_3'),
      await call(sandbox, 'GET', '/api/v1/users/usr_3'),
      await call(sandbox, 'GET', '/nope'),
      await call(sandbox, 'GET', '/openapi.json'),
    ];
    const ids = responses.map((res) => res.headers.get('X-Request-Id'));
    expect(ids).toEqual(['req_000001', 'req_000002', 'req_000003', 'req_000004', 'req_000005']);
  });

  it("echoes a client's own well-formed request id, and replaces one that is not", async () => {
    const own = await call(sandbox, 'GET', '/api/v1/users/usr_42', { headers: { 'X-Request-Id': 'trace-7f3a.01' } });
    expect(own.headers.get('X-Request-Id')).toBe('trace-7f3a.01');
    expect(own.body.error.request_id).toBe('trace-7f3a.01');

    const bad = await call(sandbox, 'GET', '/api/v1/users', { headers: { 'X-Request-Id': 'has spaces <script>' } });
    expect(bad.headers.get('X-Request-Id')).toMatch(/^req_\d{6}$/);
  });

  it('answers HEAD like GET, headers included, without a body', async () => {
    const response = await sandbox.fetch(new Request('http://sandbox.local/api/v1/users/usr_1', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Request-Id')).toMatch(/^req_/);
    expect(await response.text()).toBe('');
  });
});

describe('malformed input never crashes the sandbox', () => {
  const bodies = [
    '{',
    '}',
    '[1, 2',
    '{"name": "Ada" "email": "x"}',
    "{'name': 'Ada'}",
    '{name: "Ada"}',
    '{"name": "line\nbreak"}',
    '{"a": "\\q"}',
    '{"n": 01}',
    '{"n": -}',
    '{"n": tru}',
    'null',
    '42',
    '"just a string"',
    '{"name": null, "email": null}',
    '{"name": {"first": "Ada"}, "email": ["a@example.com"]}',
    '{"__proto__": {"polluted": true}, "name": "Ada", "email": "ada2@example.com"}',
    '{"constructor": {"prototype": {"x": 1}}}',
    '\uFEFF{"name": "Ada"}',
    '[' .repeat(5000) + ']'.repeat(5000),
    '{"a":' .repeat(3000),
    '{"name": "' + 'x'.repeat(100_000) + '", "email": "long@example.com"}',
  ];

  it.each(bodies.map((body) => [body.length > 40 ? `${body.slice(0, 37)}...` : body, body]))('answers %j with a 4xx envelope', async (_label, body) => {
    const logged = vi.spyOn(console, 'error');
    for (const path of ['/api/v1/users', '/api/v1/products', '/api/v1/orders']) {
      const res = await call(sandbox, 'POST', path, { body, headers: { 'Content-Type': 'application/json' } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(['invalid_json', 'validation_failed']).toContain(res.body.error.code);
    }
    const patched = await call(sandbox, 'PATCH', '/api/v1/orders/ord_1', { body, headers: { 'Content-Type': 'application/json' } });
    expect(patched.status).toBeLessThan(500);
    expect(logged).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copes with Accept headers that make no sense', async () => {
    const cases = [
      [';;;', 'application/json'],
      [',,', 'application/json'],
      ['text/html', 'application/json'], // nothing acceptable: the envelope beats a 406 for an error
      ['application/problem+json;q=0', 'application/json'], // q=0 means "not this"
      ['application/problem+json;q=abc', 'application/problem+json'], // an unreadable q counts as 1
    ];
    for (const [accept, type] of cases) {
      const res = await call(sandbox, 'GET', '/api/v1/users/usr_0', { headers: { Accept: accept! } });
      expect(res.status, accept).toBe(404);
      expect(res.headers.get('Content-Type'), accept).toBe(type);
    }
  });

  it('treats odd query values and ids as client errors', async () => {
    const logged = vi.spyOn(console, 'error');
    const paths = [
      '/api/v1/users?limit=abc',
      '/api/v1/users?limit=1e3',
      '/api/v1/users?limit=-1',
      '/api/v1/users?limit=2&limit=3',
      '/api/v1/users?starting_after=%00',
      '/api/v1/users/%E2%82%AC',
      '/api/v1/users/usr_1%2F..%2F..',
      '/api/v1/orders/' + 'x'.repeat(5000),
    ];
    for (const path of paths) {
      const res = await call(sandbox, 'GET', path);
      expect([404, 422], path).toContain(res.status);
    }
    expect(logged).not.toHaveBeenCalled();
  });
});
