import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

describe("an order's items", () => {
  it('lists the items of an order with ids and product links', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/orders/ord_1/items');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { id: 'itm_1', product_id: 'prd_1', quantity: 1, unit_price: { amount: 8999, currency: 'EUR' }, links: { product: '/api/v1/products/prd_1' } },
      { id: 'itm_2', product_id: 'prd_2', quantity: 2, unit_price: { amount: 1250, currency: 'EUR' }, links: { product: '/api/v1/products/prd_2' } },
    ]);
    expect(res.body.meta).toEqual({ count: 2, has_more: false });
  });

  it('pages the items by item id', async () => {
    const first = await call(sandbox, 'GET', '/api/v1/orders/ord_1/items?limit=1');
    expect(first.body.links.next).toBe('/api/v1/orders/ord_1/items?limit=1&starting_after=itm_1');
    const second = await call(sandbox, 'GET', first.body.links.next);
    expect(second.body.data.map((item: { id: string }) => item.id)).toEqual(['itm_2']);
    expect(second.body.meta.has_more).toBe(false);
  });

  it('adds an item: 201, Location of the order, and the order’s new total', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/orders/ord_4/items', { json: { product_id: 'prd_2', quantity: 3 } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/orders/ord_4');
    expect(res.body).toEqual({
      data: { id: 'itm_7', product_id: 'prd_2', quantity: 3, unit_price: { amount: 1250, currency: 'EUR' }, links: { product: '/api/v1/products/prd_2' } },
      links: { order: '/api/v1/orders/ord_4', product: '/api/v1/products/prd_2' },
      meta: { order_total: { amount: 8999 + 3 * 1250, currency: 'EUR' } },
    });
    const order = await call(sandbox, 'GET', '/api/v1/orders/ord_4');
    expect(order.body.data.total).toEqual({ amount: 8999 + 3 * 1250, currency: 'EUR' });
    expect(order.body.data.items.map((item: { id: string }) => item.id)).toEqual(['itm_6', 'itm_7']);
  });

  it('gives replaced items new ids, so an old item id never names a different item', async () => {
    // ord_4 is the seed's pending order: only a pending order's items may change.
    await call(sandbox, 'PATCH', '/api/v1/orders/ord_4', { json: { items: [{ product_id: 'prd_4', quantity: 1 }] } });
    const res = await call(sandbox, 'GET', '/api/v1/orders/ord_4/items');
    expect(res.body.data.map((item: { id: string }) => item.id)).toEqual(['itm_7']);
  });

  it('names an unknown product with 422 not_found and leaves the order as it was', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/orders/ord_1/items', { json: { product_id: 'prd_99', quantity: 1 } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: 'product_id', code: 'not_found', message: expect.stringContaining('"prd_99"') }]);
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_1')).body.data.items).toHaveLength(2);
  });

  it('lists every invalid field of a new item', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/orders/ord_1/items', { json: { quantity: 0, colour: 'red' } });
    expect(res.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['product_id', 'required'],
      ['quantity', 'too_small'],
      ['colour', 'unknown_field'],
    ]);
  });

  it('returns 404 for the items of an order that does not exist', async () => {
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_99/items')).status).toBe(404);
    expect((await call(sandbox, 'POST', '/api/v1/orders/ord_99/items', { json: { product_id: 'prd_1', quantity: 1 } })).status).toBe(404);
  });
});
