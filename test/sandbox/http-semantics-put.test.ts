import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

/*
 * PUT is create-or-replace at a URL the client names: 201 + Location when it created,
 * 200 when it replaced, and the same request twice leaves the same state (idempotent).
 * PATCH, by contrast, changes only the fields sent.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const webcam = { name: 'Webcam', description: 'Full HD webcam.', price_money: { amount: 5900, currency: 'EUR' } };

describe('PUT /products/{id}', () => {
  it('creates the product under the id in the path: 201, Location, and GET serves it', async () => {
    const res = await call(sandbox, 'PUT', '/api/v1/products/prd_9', { json: webcam });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/products/prd_9');
    expect(res.body.data).toEqual({ id: 'prd_9', ...webcam, price: 59, created_at: START });
    expect((await call(sandbox, 'GET', '/api/v1/products/prd_9')).body.data).toEqual(res.body.data);
  });

  it('replaces an existing product with 200 and no Location, keeping its id and created_at', async () => {
    const res = await call(sandbox, 'PUT', '/api/v1/products/prd_1', { json: webcam });
    expect(res.status).toBe(200);
    expect(res.headers.get('Location')).toBeNull();
    expect(res.body.data).toEqual({ id: 'prd_1', ...webcam, price: 59, created_at: '2026-01-02T08:00:00.000Z' });
  });

  it('resets a field the replacement leaves out, where PATCH would keep it', async () => {
    const patched = await call(sandbox, 'PATCH', '/api/v1/products/prd_1', { json: { name: 'Keyboard' } });
    expect(patched.body.data.description).toBe('Tenkeyless keyboard with tactile switches.');
    const replaced = await call(sandbox, 'PUT', '/api/v1/products/prd_1', { json: { name: 'Keyboard', price_money: { amount: 8999, currency: 'EUR' } } });
    expect(replaced.body.data.description).toBe('');
  });

  it('is idempotent: sending the same PUT twice gives the same product, the second time with 200', async () => {
    const first = await call(sandbox, 'PUT', '/api/v1/products/prd_9', { json: webcam });
    const second = await call(sandbox, 'PUT', '/api/v1/products/prd_9', { json: webcam });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body).toEqual(first.body);
    expect((await call(sandbox, 'GET', '/api/v1/products')).body.meta.count).toBe(5);
  });

  it('moves the id counter past a PUT-created id, so POST never hands it out again', async () => {
    await call(sandbox, 'PUT', '/api/v1/products/prd_9', { json: webcam });
    const posted = await call(sandbox, 'POST', '/api/v1/products', { json: webcam });
    expect(posted.body.data.id).toBe('prd_10');
  });

  it('creates again at the URL of a deleted product', async () => {
    expect((await call(sandbox, 'DELETE', '/api/v1/products/prd_2')).status).toBe(204);
    expect((await call(sandbox, 'GET', '/api/v1/products/prd_2')).status).toBe(404);
    const res = await call(sandbox, 'PUT', '/api/v1/products/prd_2', { json: webcam });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/products/prd_2');
  });

  it('requires the whole product and lists every missing field in one 422', async () => {
    const res = await call(sandbox, 'PUT', '/api/v1/products/prd_1', { json: { description: 'Only this' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['name', 'required'],
      ['price_money', 'required'],
    ]);
  });

  it('refuses an id that is not a product id with 422 naming id', async () => {
    const res = await call(sandbox, 'PUT', '/api/v1/products/webcam', { json: webcam });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', param: 'id' });
    expect(res.body.error.details[0].message).toBe('id must be a product id such as prd_9: PUT stores the product under the id in the path.');
  });
});

describe('PUT /customers/{id}', () => {
  const katherine = { user_id: 'usr_4', name: 'Katherine Johnson', email: 'katherine@example.com' };
  const addUser = () => call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Katherine Johnson', email: 'katherine@example.com' } });

  it('creates a customer under the id in the path with 201 and Location, then replaces it with 200', async () => {
    await addUser();
    const created = await call(sandbox, 'PUT', '/api/v1/customers/cus_7', { json: katherine });
    expect(created.status).toBe(201);
    expect(created.headers.get('Location')).toBe('/api/v1/customers/cus_7');
    expect(created.body.data).toEqual({ id: 'cus_7', ...katherine, created_at: START });

    const replaced = await call(sandbox, 'PUT', '/api/v1/customers/cus_7', { json: { ...katherine, name: 'K. Johnson' } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.data).toEqual({ id: 'cus_7', ...katherine, name: 'K. Johnson', created_at: START });
  });

  it('may keep its own email and user when replacing itself', async () => {
    const res = await call(sandbox, 'PUT', '/api/v1/customers/cus_1', { json: { user_id: 'usr_1', name: 'Ada King', email: 'ADA@example.com' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 'cus_1', name: 'Ada King', email: 'ADA@example.com' });
  });

  it('refuses with 409 customer_exists to give a user a second profile', async () => {
    const res = await call(sandbox, 'PUT', '/api/v1/customers/cus_7', { json: { user_id: 'usr_1', name: 'Ada', email: 'ada2@example.com' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'customer_exists', param: 'user_id' });
    expect(res.body.error.message).toContain('cus_1');
    expect((await call(sandbox, 'GET', '/api/v1/customers/cus_7')).status).toBe(404);
  });

  it('refuses with 409 email_taken an email another customer has', async () => {
    await addUser();
    const res = await call(sandbox, 'PUT', '/api/v1/customers/cus_7', { json: { ...katherine, email: 'Grace@Example.com' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'email_taken', param: 'email' });
  });
});
