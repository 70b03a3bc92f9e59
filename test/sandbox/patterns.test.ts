import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, renderError, toApiError } from '../../sandbox/patterns/errors';
import { resourcePath, withQuery } from '../../sandbox/patterns/links';
import { deprecationMeta } from '../../sandbox/patterns/deprecation-meta';
import { allowedMethods } from '../../sandbox/patterns/method-not-allowed';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('links', () => {
  it('URL-encodes each path segment, so an id can never change the path', () => {
    expect(resourcePath('users', 'usr_1', 'orders')).toBe('/api/v1/users/usr_1/orders');
    expect(resourcePath('users', 'a b/../c?d#e')).toBe('/api/v1/users/a%20b%2F..%2Fc%3Fd%23e');
  });

  it('encodes query values and leaves out the undefined ones', () => {
    expect(withQuery('/api/v1/users', { limit: 2, starting_after: 'usr 1&x=y' })).toBe('/api/v1/users?limit=2&starting_after=usr+1%26x%3Dy');
    expect(withQuery('/api/v1/users', { limit: undefined })).toBe('/api/v1/users');
  });
});

describe('deprecation meta', () => {
  it('lists each deprecated field and a warning naming its replacement and removal version', () => {
    expect(deprecationMeta([{ field: 'price', replacement: 'price_money', removedIn: 'v2' }])).toEqual({
      deprecated_fields: ['price'],
      warnings: ["'price' is deprecated and will be removed in v2; use 'price_money' instead."],
    });
  });
});

describe('405 detection', () => {
  const routes = [
    { method: 'ALL', path: '*' },
    { method: 'GET', path: '/api/v1/users/:id' },
    { method: 'PATCH', path: '/api/v1/users/:id' },
    { method: 'GET', path: '/api/v1/users/:id/orders' },
  ];

  it('lists the methods of the routes that match the path, with HEAD beside GET and without middleware', () => {
    expect(allowedMethods(routes, '/api/v1/users/usr_1')).toEqual(['GET', 'HEAD', 'PATCH']);
    expect(allowedMethods(routes, '/api/v1/users/usr_1/orders')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(routes, '/api/v1/users')).toEqual([]);
  });
});

describe('the one error path', () => {
  // A tiny app wired like the sandbox, with a route that fails in each way.
  const app = new Hono()
    .get('/bug', () => {
      throw new TypeError('undefined is not a function');
    })
    .get('/refused', () => {
      throw new ApiError('email_taken', 'Taken.', { param: 'email' });
    })
    .onError((error, c) => renderError(c, toApiError(error)));

  it('turns an unexpected exception into a logged 500 internal_error that leaks nothing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await app.request('/bug');
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error).toMatchObject({ type: 'system_error', code: 'internal_error', doc_url: '/errors/internal_error' });
    expect(JSON.stringify(body)).not.toContain('undefined is not a function');
    expect(logged).toHaveBeenCalledOnce();
  });

  it('renders a thrown ApiError with its status and param, as problem+json on request', async () => {
    const envelope = await app.request('/refused');
    expect(envelope.status).toBe(409);
    expect((await envelope.json()).error).toMatchObject({ code: 'email_taken', param: 'email', message: 'Taken.' });

    const problem = await app.request('/refused', { headers: { Accept: 'application/problem+json' } });
    expect(problem.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await problem.json()).toEqual({
      type: '/errors/email_taken',
      title: 'Email address already in use',
      status: 409,
      detail: 'Taken.',
      instance: '/refused',
      code: 'email_taken',
      param: 'email',
    });
  });
});
