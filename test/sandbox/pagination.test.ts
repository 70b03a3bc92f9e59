import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((item) => item.id);

describe('cursor pagination (limit, starting_after, ending_before)', () => {
  it('returns the first page with has_more and a next link that carries the limit', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/products?limit=2');
    expect(ids(res)).toEqual(['prd_1', 'prd_2']);
    expect(res.body.meta).toMatchObject({ count: 2, has_more: true });
    expect(res.body.links).toEqual({ self: '/api/v1/products?limit=2', next: '/api/v1/products?limit=2&starting_after=prd_2' });
  });

  it('follows next links to the last page, which has no next link', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/api/v1/orders?limit=3';
    let pages = 0;
    while (next) {
      const res = await call(sandbox, 'GET', next);
      seen.push(...ids(res));
      next = res.body.links.next;
      pages++;
      if (!next) expect(res.body.meta.has_more).toBe(false);
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(['ord_1', 'ord_2', 'ord_3', 'ord_4']);
  });

  it('continues after a cursor whose item was deleted in the meantime', async () => {
    const first = await call(sandbox, 'GET', '/api/v1/users?limit=2');
    await call(sandbox, 'DELETE', '/api/v1/users/usr_2');
    const second = await call(sandbox, 'GET', first.body.links.next);
    expect(ids(second)).toEqual(['usr_3']);
  });

  it('paginates a sub-resource with links under its own path', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_1/orders?limit=1');
    expect(ids(res)).toEqual(['ord_1']);
    expect(res.body.links.next).toBe('/api/v1/users/usr_1/orders?limit=1&starting_after=ord_1');
    const next = await call(sandbox, 'GET', res.body.links.next);
    expect(ids(next)).toEqual(['ord_2']);
    expect(next.body.meta.has_more).toBe(false);
  });

  it('accepts the bounds limit=1 and limit=100', async () => {
    expect((await call(sandbox, 'GET', '/api/v1/users?limit=1')).body.meta.count).toBe(1);
    expect((await call(sandbox, 'GET', '/api/v1/users?limit=100')).body.meta.count).toBe(3);
  });

  it.each([
    ['0', 'limit must be at least 1, not 0.'],
    ['1000', 'limit must be at most 100, not 1000.'],
    ['2.5', 'limit must be an integer, not 2.5.'],
    ['ten', 'limit must be a number, not "ten".'],
  ])('rejects limit=%s with 422 naming limit', async (limit, message) => {
    const res = await call(sandbox, 'GET', `/api/v1/users?limit=${limit}`);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', param: 'limit' });
    expect(res.body.error.details).toEqual([{ field: 'limit', code: expect.any(String), message }]);
  });

  it('rejects a starting_after that is not an id of the listed kind', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users?starting_after=prd_1&limit=0');
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['limit', 'starting_after']);
    expect(res.body.error.details[1].message).toContain('such as usr_1');
  });

  it('says has_more exactly at the boundary: a last full page has no next link', async () => {
    const pageOf = async (query: string) => (await call(sandbox, 'GET', `/api/v1/orders?${query}`)).body;
    expect((await pageOf('limit=4')).meta).toEqual({ count: 4, has_more: false });
    expect((await pageOf('limit=3')).meta).toEqual({ count: 3, has_more: true });
    const second = await pageOf('limit=2&starting_after=ord_2');
    expect(second.meta).toEqual({ count: 2, has_more: false });
    expect(second.links.next).toBeUndefined();
  });

  it('reads backwards with ending_before: the rows just before the cursor, still oldest first', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/orders?limit=2&ending_before=ord_4');
    expect(ids(res)).toEqual(['ord_2', 'ord_3']);
    // has_more looks the way the client reads: ord_1 lies before this page.
    expect(res.body.meta).toEqual({ count: 2, has_more: true });
    expect(res.body.links).toEqual({
      self: '/api/v1/orders?limit=2&ending_before=ord_4',
      prev: '/api/v1/orders?limit=2&ending_before=ord_2',
      next: '/api/v1/orders?limit=2&starting_after=ord_3',
    });
    const start = await call(sandbox, 'GET', res.body.links.prev);
    expect(ids(start)).toEqual(['ord_1']);
    expect(start.body.meta.has_more).toBe(false);
    expect(start.body.links.prev).toBeUndefined();
  });

  it('links a later page back with prev, which returns the page before it', async () => {
    const second = await call(sandbox, 'GET', '/api/v1/users?limit=2&starting_after=usr_2');
    expect(second.body.links.prev).toBe('/api/v1/users?limit=2&ending_before=usr_3');
    expect(ids(await call(sandbox, 'GET', second.body.links.prev))).toEqual(['usr_1', 'usr_2']);
  });

  it('answers a cursor past the end with an empty page, has_more false and only a self link', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/orders?starting_after=ord_4');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: [], links: { self: '/api/v1/orders?starting_after=ord_4' }, meta: { count: 0, has_more: false } });
    expect(Object.keys(res.body.links)).toEqual(['self']);
  });
});
