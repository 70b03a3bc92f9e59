import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { idNumber } from '../../sandbox/store/ids';
import { expectHasMoreExact, expectWhole, ids, linkRels, walk, type WalkedPage } from './pagination-helpers';
import { call, testSandbox, type CallResult } from './support';

/*
 * The pagination invariant, for both styles and several lists: walk a list from the first
 * page to the last while rows are inserted and deleted between pages (the cursor's own row
 * included). Every row that existed for the whole walk is seen exactly once, none twice,
 * in id order, and has_more is true exactly on the pages that have a next one.
 */

let sandbox: Sandbox;
let made = 0;
beforeEach(() => {
  sandbox = testSandbox();
  made = 0;
});

interface ListKind {
  list: string;
  create(): Promise<string>;
  remove(id: string): Promise<void>;
}

const created = async (res: Promise<CallResult>) => {
  const done = await res;
  expect(done.status).toBe(201);
  return done.body.data.id as string;
};
const removed = async (path: string) => expect((await call(sandbox, 'DELETE', path)).status).toBe(204);

const KINDS: Record<string, ListKind> = {
  users: {
    list: '/api/v1/users',
    create: () => created(call(sandbox, 'POST', '/api/v1/users', { json: { name: `User ${++made}`, email: `user${made}@example.com` } })),
    remove: (id) => removed(`/api/v1/users/${id}`),
  },
  products: {
    list: '/api/v1/products',
    create: () => created(call(sandbox, 'POST', '/api/v1/products', { json: { name: `Product ${++made}`, price_money: { amount: 100, currency: 'EUR' } } })),
    remove: (id) => removed(`/api/v1/products/${id}`),
  },
  "a customer's addresses": {
    list: '/api/v1/customers/cus_1/addresses',
    create: () => created(call(sandbox, 'POST', '/api/v1/customers/cus_1/addresses', { json: { line1: `${++made} High Street`, city: 'Leeds', postal_code: 'LS1 1AA', country: 'GB' } })),
    remove: (id) => removed(`/api/v1/addresses/${id}`),
  },
  "a user's orders": {
    list: '/api/v1/users/usr_1/orders',
    create: () => created(call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_1', items: [{ product_id: 'prd_2', quantity: 1 }] } })),
    remove: (id) => removed(`/api/v1/orders/${id}`),
  },
};

/** Fills the list up to `size` rows and returns their ids. */
async function fill(kind: ListKind, size: number): Promise<string[]> {
  let current = ids(await call(sandbox, 'GET', `${kind.list}?limit=100`));
  while (current.length < size) current = [...current, await kind.create()];
  return current;
}

/**
 * Between pages: after page 1, delete a row already seen and one not yet seen, and add one;
 * after page 2, delete the last row read (the cursor); after page 3, delete the first row and add one.
 */
function churn(kind: ListKind, initial: string[], deleted: string[], added: string[]) {
  const drop = async (id: string) => {
    await kind.remove(id);
    deleted.push(id);
  };
  return async (page: WalkedPage, index: number) => {
    if (index === 0) {
      await drop(initial[1]!);
      await drop(initial[7]!);
      added.push(await kind.create());
    } else if (index === 1) {
      await drop(page.ids.at(-1)!);
    } else if (index === 2) {
      await drop(initial[0]!);
      added.push(await kind.create());
    }
  };
}

const inIdOrder = (pages: WalkedPage[]) => {
  const seen = pages.flatMap((page) => page.ids).map((id) => idNumber(id)!);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
};

describe.each(Object.keys(KINDS))('walking %s while it changes', (name) => {
  const kind = KINDS[name]!;

  it('with cursors: every row that stayed is seen once, rows added at the end are picked up', async () => {
    const initial = await fill(kind, 10);
    const deleted: string[] = [];
    const added: string[] = [];
    const pages = await walk(sandbox, `${kind.list}?limit=3`, (res) => res.body.links.next, churn(kind, initial, deleted, added));

    expectWhole(pages, initial.filter((id) => !deleted.includes(id)));
    expectHasMoreExact(pages);
    inIdOrder(pages);
    // New rows get higher ids, so a forward walk reaches them.
    expect(pages.flatMap((page) => page.ids)).toEqual(expect.arrayContaining(added));
  });

  it('with page numbers and the Link header: every row that stayed is seen once, on pages pinned to the first request', async () => {
    const initial = await fill(kind, 10);
    const deleted: string[] = [];
    const added: string[] = [];
    const pages = await walk(sandbox, `${kind.list}?per_page=3`, (res) => linkRels(res).next, churn(kind, initial, deleted, added));

    expectWhole(pages, initial.filter((id) => !deleted.includes(id)));
    expectHasMoreExact(pages);
    inIdOrder(pages);
    expect(pages).toHaveLength(4); // ten rows at the first request, three per page
    // The snapshot keeps the walk to the rows of the first request; new rows wait for the next walk.
    expect(pages.flatMap((page) => page.ids).filter((id) => added.includes(id))).toEqual([]);
  });
});

describe('why the page links carry a snapshot', () => {
  it('plain page numbers drift: a deletion on page 1 pushes a row past the client, the pinned link does not', async () => {
    await fill(KINDS.users!, 6);
    const first = await call(sandbox, 'GET', '/api/v1/users?page=1&per_page=2');
    expect(ids(first)).toEqual(['usr_1', 'usr_2']);
    await call(sandbox, 'DELETE', '/api/v1/users/usr_1');

    const drifted = await call(sandbox, 'GET', '/api/v1/users?page=2&per_page=2');
    expect(ids(drifted)).toEqual(['usr_4', 'usr_5']); // usr_3 slid onto page 1 and is never seen

    const pinned = await call(sandbox, 'GET', linkRels(first).next!);
    expect(ids(pinned)).toEqual(['usr_3', 'usr_4']);
  });

  it('shows a pinned page without the rows deleted since, rather than shifting the next row in', async () => {
    const first = await call(sandbox, 'GET', '/api/v1/users?per_page=2');
    await call(sandbox, 'DELETE', '/api/v1/users/usr_2');
    const again = await call(sandbox, 'GET', first.body.links.self);
    expect(ids(again)).toEqual(['usr_1']);
    expect(again.body.meta).toEqual({ count: 1, has_more: true, page: 1, per_page: 2, total: 3 });
  });

  it('refuses a snapshot from before a reset with 422 naming snapshot', async () => {
    await call(sandbox, 'DELETE', '/api/v1/users/usr_2');
    const first = await call(sandbox, 'GET', '/api/v1/users?per_page=1');
    sandbox.reset();
    const res = await call(sandbox, 'GET', linkRels(first).next!);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', param: 'snapshot' });
    expect(res.body.error.details[0].message).toContain('Start again from page 1 without snapshot');
  });
});
