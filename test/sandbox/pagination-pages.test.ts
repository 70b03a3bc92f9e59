import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { ids, linkRels } from './pagination-helpers';
import { call, testSandbox } from './support';

/*
 * Page-number pagination (GitHub's style): page and per_page, an RFC 8288 Link header read
 * here with a real parser (http-link-header), and meta.page / per_page / total. With four
 * users added to the three seed users, per_page=2 gives four pages: 2, 2, 2 and 1 users.
 */

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = testSandbox();
  for (const n of [4, 5, 6, 7]) await call(sandbox, 'POST', '/api/v1/users', { json: { name: `User ${n}`, email: `user${n}@example.com` } });
});

const page = (n: number) => `/api/v1/users?page=${n}&per_page=2&snapshot=4`;

describe('numbered pages', () => {
  it('links the first page to next and last only', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users?page=1&per_page=2');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(['usr_1', 'usr_2']);
    expect(linkRels(res)).toEqual({ next: page(2), last: page(4) });
    expect(res.body.meta).toEqual({ count: 2, has_more: true, page: 1, per_page: 2, total: 7 });
  });

  it('links a middle page to first, prev, next and last', async () => {
    const res = await call(sandbox, 'GET', page(2));
    expect(ids(res)).toEqual(['usr_3', 'usr_4']);
    expect(linkRels(res)).toEqual({ first: page(1), prev: page(1), next: page(3), last: page(4) });
    expect(res.body.meta).toMatchObject({ page: 2, has_more: true });
  });

  it('links the last page back to first and prev, with has_more false', async () => {
    const res = await call(sandbox, 'GET', page(4));
    expect(ids(res)).toEqual(['usr_7']);
    expect(linkRels(res)).toEqual({ first: page(1), prev: page(3) });
    expect(res.body.meta).toEqual({ count: 1, has_more: false, page: 4, per_page: 2, total: 7 });
  });

  it('answers a page past the end with 200, no data, and links to the last page', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users?page=9&per_page=2');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
    expect(linkRels(res)).toEqual({ first: page(1), prev: page(4), last: page(4) });
    expect(res.body.meta).toEqual({ count: 0, has_more: false, page: 9, per_page: 2, total: 7 });
  });

  it('puts the same links in the body as in the header, plus self', async () => {
    const res = await call(sandbox, 'GET', page(3));
    expect(res.body.links).toEqual({ self: page(3), ...linkRels(res) });
  });

  it('leads through every page by following rel="next"', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/api/v1/users?per_page=3';
    while (url) {
      const res = await call(sandbox, 'GET', url);
      seen.push(...ids(res));
      url = linkRels(res).next;
    }
    expect(seen).toEqual(['usr_1', 'usr_2', 'usr_3', 'usr_4', 'usr_5', 'usr_6', 'usr_7']);
  });

  it('uses 30 per page by default, and sends no Link header when everything fits on one page', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users?page=1');
    expect(res.body.meta).toEqual({ count: 7, has_more: false, page: 1, per_page: 30, total: 7 });
    expect(res.headers.get('Link')).toBeNull();
    expect(res.body.links).toEqual({ self: '/api/v1/users?page=1&per_page=30&snapshot=4' });
  });

  it('sends no Link header in the cursor style, which keeps its links in the body', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users?limit=2');
    expect(res.headers.get('Link')).toBeNull();
    expect(res.body.links.next).toBe('/api/v1/users?limit=2&starting_after=usr_2');
  });

  it('counts an empty list as one empty page', async () => {
    const none = await call(sandbox, 'GET', '/api/v1/books/bok_1/reservations?page=1');
    expect(none.body.data).toEqual([]);
    expect(none.body.meta).toEqual({ count: 0, has_more: false, page: 1, per_page: 30, total: 0 });
    expect(none.headers.get('Link')).toBeNull();
  });
});
