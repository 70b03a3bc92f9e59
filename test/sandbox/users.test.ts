import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

describe('users', () => {
  it('lists the seed users with links to each user and their orders', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.body.data.map((u: { id: string }) => u.id)).toEqual(['usr_1', 'usr_2', 'usr_3']);
    expect(res.body.data[0]).toMatchObject({
      id: 'usr_1',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      links: { self: '/api/v1/users/usr_1', orders: '/api/v1/users/usr_1/orders' },
    });
    expect(res.body.links).toEqual({ self: '/api/v1/users' });
    expect(res.body.meta).toEqual({ count: 3, has_more: false });
  });

  it('returns one user with self and orders links', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_2');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { id: 'usr_2', name: 'Grace Hopper', email: 'grace@example.com', created_at: '2026-01-06T10:30:00.000Z' },
      links: { self: '/api/v1/users/usr_2', orders: '/api/v1/users/usr_2/orders' },
    });
  });

  it('creates a user: 201, Location of the new user, the next id, created_at from the clock', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Katherine Johnson', email: 'katherine@example.com' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/users/usr_4');
    expect(res.body.data).toEqual({ id: 'usr_4', name: 'Katherine Johnson', email: 'katherine@example.com', created_at: START });
    expect(res.body.links.self).toBe('/api/v1/users/usr_4');

    const fetched = await call(sandbox, 'GET', res.headers.get('Location')!);
    expect(fetched.body.data).toEqual(res.body.data);
  });

  it('trims the name it stores', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: { name: '  Mary Jackson ', email: 'mary@example.com' } });
    expect(res.body.data.name).toBe('Mary Jackson');
  });

  it('updates only the fields sent with PATCH and returns 200 with the whole user', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v1/users/usr_1', { json: { name: 'Ada King' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 'usr_1', name: 'Ada King', email: 'ada@example.com' });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_1')).body.data.name).toBe('Ada King');
  });

  it('deletes a user with 204 and no body, after which GET returns 404', async () => {
    const res = await call(sandbox, 'DELETE', '/api/v1/users/usr_3');
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const after = await call(sandbox, 'GET', '/api/v1/users/usr_3');
    expect(after.status).toBe(404);
    expect(after.body.error).toMatchObject({ code: 'resource_not_found', param: 'id' });
  });

  it('never reuses a deleted id', async () => {
    await call(sandbox, 'DELETE', '/api/v1/users/usr_3');
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Dorothy Vaughan', email: 'dorothy@example.com' } });
    expect(res.body.data.id).toBe('usr_4');
  });

  it('returns 404 resource_not_found naming the id when the user is missing', async () => {
    for (const [method, options] of [['GET', {}], ['PATCH', { json: { name: 'X' } }], ['DELETE', {}]] as const) {
      const res = await call(sandbox, method, '/api/v1/users/usr_99', options);
      expect(res.status, method).toBe(404);
      expect(res.body.error.code).toBe('resource_not_found');
      expect(res.body.error.message).toContain('usr_99');
    }
  });

  it('refuses a second user with the same email, whatever its case, with 409 email_taken', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Ada Again', email: 'ADA@example.com' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ type: 'business_error', code: 'email_taken', param: 'email' });
    expect((await call(sandbox, 'GET', '/api/v1/users')).body.meta.count).toBe(3);
  });

  it('refuses to PATCH an email that another user has, but lets a user keep their own', async () => {
    const taken = await call(sandbox, 'PATCH', '/api/v1/users/usr_2', { json: { email: 'ada@example.com' } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('email_taken');
    const own = await call(sandbox, 'PATCH', '/api/v1/users/usr_1', { json: { email: 'ada@example.com' } });
    expect(own.status).toBe(200);
  });

  it("lists a user's orders as a sub-resource, each linking to itself", async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_1/orders');
    expect(res.status).toBe(200);
    expect(res.body.data.map((o: { id: string }) => o.id)).toEqual(['ord_1', 'ord_2']);
    expect(res.body.data.every((o: { user_id: string }) => o.user_id === 'usr_1')).toBe(true);
    expect(res.body.data[0].links).toEqual({ self: '/api/v1/orders/ord_1', user: '/api/v1/users/usr_1' });
    expect(res.body.links).toEqual({ self: '/api/v1/users/usr_1/orders' });
    expect(res.body.meta).toEqual({ count: 2, has_more: false });
  });

  it('returns 404 for the orders of a user that does not exist', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_99/orders');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('resource_not_found');
  });

  it('keeps the orders of a deleted user', async () => {
    await call(sandbox, 'DELETE', '/api/v1/users/usr_1');
    const res = await call(sandbox, 'GET', '/api/v1/orders/ord_1');
    expect(res.status).toBe(200);
    expect(res.body.links.user).toBe('/api/v1/users/usr_1');
  });
});
