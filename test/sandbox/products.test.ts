import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const deprecation = {
  deprecated_fields: ['price'],
  warnings: [expect.stringMatching(/'price'.*removed in v2.*'price_money'/)],
};

describe('products', () => {
  it('returns a product with the legacy price beside price_money, and meta announcing the deprecation', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/products/prd_1');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 'prd_1', name: 'Mechanical keyboard', price: 89.99, price_money: { amount: 8999, currency: 'EUR' } });
    expect(res.body.links).toEqual({ self: '/api/v1/products/prd_1' });
    expect(res.body.meta).toEqual(deprecation);
  });

  it('announces the deprecation on the list too, next to count and has_more', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/products');
    expect(res.body.data.map((p: { name: string }) => p.name)).toEqual(['Mechanical keyboard', 'USB-C cable', '27-inch monitor', 'Laptop stand']);
    expect(res.body.data[3].links).toEqual({ self: '/api/v1/products/prd_4' });
    expect(res.body.meta).toEqual({ count: 4, has_more: false, ...deprecation });
  });

  it('creates a product from price_money and derives the legacy price from it', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/products', { json: { name: 'Webcam', price_money: { amount: 5900, currency: 'EUR' } } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/products/prd_5');
    expect(res.body.data).toEqual({
      id: 'prd_5',
      name: 'Webcam',
      description: '',
      price: 59,
      price_money: { amount: 5900, currency: 'EUR' },
      created_at: START,
    });
    expect(res.body.meta).toEqual(deprecation);
  });

  it('no longer accepts the deprecated price on writes, and says what to send instead', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/products', { json: { name: 'Webcam', price: 59 } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { field: 'price_money', code: 'required', message: 'price_money is required.' },
      { field: 'price', code: 'unknown_field', message: expect.stringContaining('price') },
    ]);
  });

  it('rejects prices that are not whole minor units or not euros', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/products', { json: { name: 'Webcam', price_money: { amount: 59.5, currency: 'USD' } } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['price_money.amount', 'invalid_type'],
      ['price_money.currency', 'invalid_value'],
    ]);
    expect(res.body.error.details[0].message).toBe('price_money.amount must be an integer, not 59.5.');
  });

  it('updates a price with PATCH and keeps both price fields in step', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/products/prd_2', { json: { price_money: { amount: 1000, currency: 'EUR' } } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 'prd_2', name: 'USB-C cable', price: 10, price_money: { amount: 1000, currency: 'EUR' } });
  });

  it('deletes a product with 204, then GET returns 404', async () => {
    expect((await call(sandbox, 'DELETE', '/api/v1/products/prd_4')).status).toBe(204);
    const res = await call(sandbox, 'GET', '/api/v1/products/prd_4');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'resource_not_found', param: 'id' });
  });

  it('returns 404 when PATCHing a product that does not exist', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/products/prd_42', { json: { name: 'Ghost' } });
    expect(res.status).toBe(404);
  });
});
