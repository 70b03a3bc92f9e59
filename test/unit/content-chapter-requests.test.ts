import { beforeEach, describe, expect, it } from 'vitest';
import { chapters } from '../../src/content/catalog';
import { createSandbox } from '../../sandbox/index';
import { send as sendTo, tryItFinder, tryIts } from './chapter-requests';

// Every Try-it block in every chapter is sent to the sandbox, so a chapter can never
// promise a response the API does not give. Chapters 2 and 7 have their own files.
const sandbox = createSandbox();
beforeEach(() => sandbox.reset());
const send = (request: Parameters<typeof sendTo>[1]) => sendTo(sandbox, request);

// A chapter may show a failing dependency on purpose (chapter 7's payment provider): those
// 5xx answers carry their own catalogued code. Anything else at 500 or above is a sandbox bug.
const intendedServerErrors = new Set(['payment_provider_error', 'payment_provider_timeout', 'service_unavailable']);

describe('Try-it blocks', () => {
  it.each(chapters.map((c) => c.slug))('in %s all reach a route and never cause a server error', async (slug) => {
    for (const request of await tryIts(slug)) {
      const { status, json } = await send(request);
      if (!intendedServerErrors.has(json?.error?.code)) expect(status, `${request.method} ${request.url} answered ${status}`).toBeLessThan(500);
      // Two Try-its miss on purpose: chapter 1's RPC-style URL and chapter 9's gateway prefix-boundary demo.
      if (status === 404 && !/getUserData|\/usersX$/.test(request.url)) expect(json?.error?.code, `${request.url} is not a route`).not.toBe('route_not_found');
    }
  });
});

describe('chapter 1 shows what its text says', () => {
  const byTitle = tryItFinder('design-principles');

  it('lists two users with links and meta', async () => {
    const { status, json } = await send(await byTitle('List the first two users'));
    expect(status).toBe(200);
    expect(json.data).toHaveLength(2);
    expect(json.meta).toMatchObject({ count: 2, has_more: true });
    expect(json.data[0].links.self).toBe('/api/v1/users/usr_1');
  });

  it('creates a user with 201 and Location, and a second send conflicts', async () => {
    const request = await byTitle('Create a user');
    const created = await send(request);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/v1/users/usr_4');
    expect(created.json.data.id).toBe('usr_4');
    const again = await send(request);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('email_taken');
  });

  it('names both invalid fields in one 422', async () => {
    const { status, json } = await send(await byTitle('Two mistakes, one answer'));
    expect(status).toBe(422);
    expect(json.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'name']);
  });

  it('answers an unknown id with the 404 envelope naming the id', async () => {
    const { status, headers, json } = await send(await byTitle('A user that does not exist'));
    expect(status).toBe(404);
    expect(json.error).toMatchObject({ code: 'resource_not_found', request_id: headers.get('x-request-id') });
    expect(json.error.param).toBeTruthy();
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const { status, json } = await send(await byTitle('A body that is not JSON'));
    expect(status).toBe(400);
    expect(json.error.code).toBe('invalid_json');
  });

  it('offers the same 404 as problem details', async () => {
    const { status, headers, json } = await send(await byTitle('The same error as problem details'));
    expect(status).toBe(404);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(json).toMatchObject({ status: 404, code: 'resource_not_found' });
  });

  it('follows the orders link the user response gives', async () => {
    const user = await send(await byTitle('One user and its links'));
    const follow = await byTitle('Follow the orders link');
    expect(user.json.links.orders).toBe(follow.url);
    const orders = await send(follow);
    expect(orders.status).toBe(200);
    expect(orders.json.data.map((o: { id: string }) => o.id)).toEqual(['ord_1', 'ord_2']);
  });

  it('announces the deprecated price field in meta', async () => {
    const { status, json } = await send(await byTitle('A product with a deprecated field'));
    expect(status).toBe(200);
    expect(json.data).toHaveProperty('price');
    expect(json.data.price_money).toMatchObject({ amount: expect.any(Number), currency: 'EUR' });
    expect(json.meta.deprecated_fields).toEqual(['price']);
    expect(json.meta.warnings.join(' ')).toMatch(/price_money/);
  });

  it('answers the old RPC-style URL with route_not_found', async () => {
    const { status, json } = await send(await byTitle('The old URL, asked of the new API'));
    expect(status).toBe(404);
    expect(json.error.code).toBe('route_not_found');
  });
});
