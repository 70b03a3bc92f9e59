import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((item) => item.id);
const addUser = (name: string, email: string) => call(sandbox, 'POST', '/api/v1/users', { json: { name, email } });

describe('customers', () => {
  it('lists the shop profiles of the seed users, each linking to itself, its user, addresses and orders', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/customers');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(['cus_1', 'cus_2', 'cus_3']);
    expect(res.body.data.map((c: { user_id: string }) => c.user_id)).toEqual(['usr_1', 'usr_2', 'usr_3']);
    expect(res.body.data[0].links).toEqual({
      self: '/api/v1/customers/cus_1',
      user: '/api/v1/users/usr_1',
      addresses: '/api/v1/customers/cus_1/addresses',
      orders: '/api/v1/customers/cus_1/orders',
    });
    expect(res.body.meta).toEqual({ count: 3, has_more: false });
  });

  it('returns one customer with its links', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/customers/cus_2');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ id: 'cus_2', user_id: 'usr_2', name: 'Grace Hopper', email: 'grace@example.com', created_at: '2026-01-06T10:35:00.000Z' });
    expect(res.body.links.user).toBe('/api/v1/users/usr_2');
  });

  it('returns 404 resource_not_found for a customer that does not exist', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/customers/cus_99');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'resource_not_found', param: 'id' });
    expect(res.body.error.message).toContain('GET /api/v1/customers');
  });

  it('creates a customer for a user without one: 201, Location, created_at from the clock', async () => {
    await addUser('Katherine Johnson', 'katherine@example.com');
    const res = await call(sandbox, 'POST', '/api/v1/customers', { json: { user_id: 'usr_4', name: 'Katherine Johnson', email: 'katherine@example.com' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/customers/cus_4');
    expect(res.body.data).toEqual({ id: 'cus_4', user_id: 'usr_4', name: 'Katherine Johnson', email: 'katherine@example.com', created_at: START });
  });

  it('lists every invalid field of a new customer in one 422', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/customers', { json: { name: ' ', email: 'nope', nickname: 'K' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['user_id', 'required'],
      ['name', 'too_small'],
      ['email', 'invalid_format'],
      ['nickname', 'unknown_field'],
    ]);
  });

  it('names an unknown user_id with 422 not_found', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/customers', { json: { user_id: 'usr_77', name: 'Nobody', email: 'nobody@example.com' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: 'user_id', code: 'not_found', message: expect.stringContaining('"usr_77"') }]);
  });

  it('refuses a second profile for the same user with 409 customer_exists, pointing at the first', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/customers', { json: { user_id: 'usr_2', name: 'Grace', email: 'grace2@example.com' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ type: 'business_error', code: 'customer_exists', param: 'user_id' });
    expect(res.body.error.message).toContain('PATCH /api/v1/customers/cus_2');
  });

  it('refuses an email another customer has, whatever its case, with 409 email_taken', async () => {
    await addUser('Katherine Johnson', 'katherine@example.com');
    const res = await call(sandbox, 'POST', '/api/v1/customers', { json: { user_id: 'usr_4', name: 'K', email: 'ALAN@example.com' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'email_taken', param: 'email' });
  });

  it('changes only the fields sent with PATCH', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/customers/cus_3', { json: { name: 'A. M. Turing' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 'cus_3', user_id: 'usr_3', name: 'A. M. Turing', email: 'alan@example.com' });
  });

  it('does not let PATCH move a profile to another user', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/customers/cus_3', { json: { user_id: 'usr_1' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ field: 'user_id', code: 'unknown_field' });
  });

  it('refuses to PATCH in an email another customer has', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/customers/cus_3', { json: { email: 'grace@example.com' } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('email_taken');
  });

  it('deletes a customer with 204, then GET is 404, and its addresses go with it while its user stays', async () => {
    const res = await call(sandbox, 'DELETE', '/api/v1/customers/cus_1');
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await call(sandbox, 'GET', '/api/v1/customers/cus_1')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/api/v1/addresses/adr_1')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_1')).status).toBe(200);
    expect((await call(sandbox, 'DELETE', '/api/v1/customers/cus_1')).status).toBe(404);
  });
});

describe("a customer's orders", () => {
  it('lists the orders of the customer’s user, with order links', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/customers/cus_1/orders');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(['ord_1', 'ord_2']);
    expect(res.body.data[0].links).toEqual({ self: '/api/v1/orders/ord_1', user: '/api/v1/users/usr_1' });
    expect(res.body.links).toEqual({ self: '/api/v1/customers/cus_1/orders' });
  });

  it('shows a new order of the user', async () => {
    await call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_3', items: [{ product_id: 'prd_2', quantity: 1 }] } });
    expect(ids(await call(sandbox, 'GET', '/api/v1/customers/cus_3/orders'))).toEqual(['ord_4', 'ord_5']);
  });

  it('pages the orders with links under the customer’s own path', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/customers/cus_1/orders?limit=1');
    expect(res.body.links.next).toBe('/api/v1/customers/cus_1/orders?limit=1&starting_after=ord_1');
    expect(ids(await call(sandbox, 'GET', res.body.links.next))).toEqual(['ord_2']);
  });

  it('returns 404 for the orders of a customer that does not exist', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/customers/cus_99/orders');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('resource_not_found');
  });
});
