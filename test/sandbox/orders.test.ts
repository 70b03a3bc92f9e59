import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

describe('orders', () => {
  it('returns an order with links to itself, its user and each item’s product', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/orders/ord_1');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: 'ord_1',
      user_id: 'usr_1',
      status: 'delivered',
      items: [
        { product_id: 'prd_1', quantity: 1, unit_price: { amount: 8999, currency: 'EUR' }, links: { product: '/api/v1/products/prd_1' } },
        { product_id: 'prd_2', quantity: 2, unit_price: { amount: 1250, currency: 'EUR' }, links: { product: '/api/v1/products/prd_2' } },
      ],
      total: { amount: 8999 + 2 * 1250, currency: 'EUR' },
    });
    expect(res.body.links).toEqual({ self: '/api/v1/orders/ord_1', user: '/api/v1/users/usr_1' });
  });

  it('lists the four seed orders', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/orders');
    expect(res.body.data.map((o: { id: string }) => o.id)).toEqual(['ord_1', 'ord_2', 'ord_3', 'ord_4']);
    expect(res.body.meta).toEqual({ count: 4, has_more: false });
  });

  it('places an order: 201, Location, status pending, total computed from product prices', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/orders', {
      json: { user_id: 'usr_2', items: [{ product_id: 'prd_3', quantity: 2 }, { product_id: 'prd_2', quantity: 1 }] },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/orders/ord_5');
    expect(res.body.data).toMatchObject({ id: 'ord_5', user_id: 'usr_2', status: 'pending', total: { amount: 2 * 24900 + 1250, currency: 'EUR' }, created_at: START });
    expect(res.body.links).toEqual({ self: '/api/v1/orders/ord_5', user: '/api/v1/users/usr_2' });
    const mine = await call(sandbox, 'GET', '/api/v1/users/usr_2/orders');
    expect(mine.body.data.map((o: { id: string }) => o.id)).toEqual(['ord_3', 'ord_5']);
  });

  it('does not let the client set the total or the status of a new order', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/orders', {
      json: { user_id: 'usr_2', items: [{ product_id: 'prd_3', quantity: 1 }], total: { amount: 1, currency: 'EUR' }, status: 'delivered' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['total', 'unknown_field'],
      ['status', 'unknown_field'],
    ]);
  });

  it('names every unknown user and product id in one 422', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/orders', {
      json: { user_id: 'usr_9', items: [{ product_id: 'prd_1', quantity: 1 }, { product_id: 'prd_77', quantity: 1 }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', param: 'user_id' });
    expect(res.body.error.details).toEqual([
      { field: 'user_id', code: 'not_found', message: expect.stringContaining('"usr_9"') },
      { field: 'items[1].product_id', code: 'not_found', message: expect.stringContaining('"prd_77"') },
    ]);
    expect((await call(sandbox, 'GET', '/api/v1/orders')).body.meta.count).toBe(4);
  });

  it('lists every field problem of the items with its index', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/orders', { json: { items: [{ product_id: 'prd_1', quantity: 0 }, { quantity: '2' }] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['user_id', 'required'],
      ['items[0].quantity', 'too_small'],
      ['items[1].product_id', 'required'],
      ['items[1].quantity', 'invalid_type'],
    ]);
  });

  it('refuses an order without items', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_1', items: [] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: 'items', code: 'too_small', message: 'items must have at least 1 item.' }]);
  });

  it('keeps the price an item was ordered at when the product’s price changes later', async () => {
    await call(sandbox, 'PATCH', '/api/v1/products/prd_1', { json: { price_money: { amount: 100, currency: 'EUR' } } });
    const res = await call(sandbox, 'GET', '/api/v1/orders/ord_1');
    expect(res.body.data.items[0].unit_price.amount).toBe(8999);
    expect(res.body.data.total.amount).toBe(11499);
  });

  it('recomputes the total when a pending order’s items change, and changes the status with PATCH', async () => {
    const items = await call(sandbox, 'PATCH', '/api/v1/orders/ord_4', { json: { items: [{ product_id: 'prd_2', quantity: 3 }] } });
    expect(items.status).toBe(200);
    expect(items.body.data).toMatchObject({ status: 'pending', items: [{ product_id: 'prd_2', quantity: 3 }], total: { amount: 3750 } });

    const status = await call(sandbox, 'PATCH', '/api/v1/orders/ord_4', { json: { status: 'paid' } });
    expect(status.status).toBe(200);
    expect(status.body.data).toMatchObject({ status: 'paid', total: { amount: 3750 } });
  });

  it('refuses to change the items of an order that is no longer pending, with 409 and the order unchanged', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/orders/ord_3', { json: { items: [{ product_id: 'prd_2', quantity: 3 }] } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'invalid_state_transition', param: 'items' });
    expect(res.body.error.message).toContain('ord_3 is paid');
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_3')).body.data.total.amount).toBe(3995 + 1250);
  });

  it('accepts a PATCH that repeats the current status, as PATCH may be retried', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/orders/ord_2', { json: { status: 'shipped' } });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('shipped');
  });

  it('refuses to move an order to another user', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/orders/ord_1', { json: { user_id: 'usr_2' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ field: 'user_id', code: 'unknown_field' });
  });

  it('refuses a status outside the list, naming the allowed ones', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/orders/ord_1', { json: { status: 'lost' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].message).toBe('status must be one of "pending", "paid", "shipped", "delivered", "cancelled", not "lost".');
  });

  it('deletes an order with 204, then GET returns 404', async () => {
    expect((await call(sandbox, 'DELETE', '/api/v1/orders/ord_2')).status).toBe(204);
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_2')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_1/orders')).body.data.map((o: { id: string }) => o.id)).toEqual(['ord_1']);
  });
});
