import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Principal } from '../../sandbox/auth/principal';
import { can } from '../../sandbox/auth/rbac';
import { createRouter } from '../../sandbox/env';
import { renderError, toApiError } from '../../sandbox/patterns/errors';
import { API_BASE } from '../../sandbox/patterns/links';
import { ORDER_ACTIONS, canPerform } from '../../sandbox/patterns/order-lifecycle';
import { orderActionRoutes } from '../../sandbox/routes/order-actions';
import { orderRoutes } from '../../sandbox/routes/orders';
import { createRuntime } from '../../sandbox/services/runtime';
import { createManualClock } from '../../sandbox/store/clock';
import { ORDER_STATUSES, type OrderStatus } from '../../sandbox/store/records';
import { createStore } from '../../sandbox/store/store';
import { openSandbox } from './orders-helpers';
import { call, START, testSandbox } from './support';

const user = (userId: string, roles: string[], scopes: string[] | null = null): Principal => ({
  kind: scopes ? 'api_key' : 'user',
  userId,
  tenantId: 'ten_acme',
  roles,
  scopes,
  credentialId: scopes ? `key_${userId}` : 'workbench-lab',
});

// Every kind of permission set the roles and scopes can give: all, own only, some, read only, none.
const PRINCIPALS: Record<string, Principal> = {
  anonymous: ANONYMOUS,
  'admin usr_1': user('usr_1', ['admin']),
  'member usr_2': user('usr_2', ['member']),
  'support usr_3': user('usr_3', ['support']),
  'admin usr_1, key scoped to orders:read': user('usr_1', ['admin'], ['orders:read']),
  'admin usr_1, key scoped to orders:read + orders:ship': user('usr_1', ['admin'], ['orders:read', 'orders:ship']),
  'member usr_2, key scoped to orders:read:own + orders:cancel:own': user('usr_2', ['member'], ['orders:read:own', 'orders:cancel:own']),
  'member usr_2, key scoped to orders:pay (no read)': user('usr_2', ['member'], ['orders:pay']),
  'user usr_2 without roles': user('usr_2', []),
};

/** The orders routes on their own, behind a middleware that says who is calling. */
function appAs(principal: Principal) {
  const clock = createManualClock(START);
  const store = createStore(clock);
  const runtime = createRuntime(store, clock);
  const app = createRouter();
  app.use('*', async (c, next) => {
    c.set('principal', principal);
    await next();
  });
  app.route(API_BASE, orderRoutes(store, clock, runtime));
  app.route(API_BASE, orderActionRoutes(store, clock, runtime));
  app.onError((error, c) => renderError(c, toApiError(error)));
  const newOrder = (status: OrderStatus, owner: string) =>
    store.orders.insert({ user_id: owner, items: [], status, total: { amount: 1000, currency: 'EUR' }, created_at: START }).id;
  return { app, newOrder };
}

describe('_actions: offered ⇔ succeeds', () => {
  for (const [who, principal] of Object.entries(PRINCIPALS)) {
    it(`holds for every status, owner and action when the caller is ${who}`, async () => {
      const { app, newOrder } = appAs(principal);
      for (const status of ORDER_STATUSES) {
        for (const owner of ['usr_1', 'usr_2']) {
          for (const action of ORDER_ACTIONS) {
            const id = newOrder(status, owner);
            const where = `${who} ${action}s a ${status} order of ${owner}`;
            const shown = await app.request(`${API_BASE}/orders/${id}`);
            const offered = shown.status === 200 ? ((await shown.json()).data._actions as { name: string; href: string; method: string }[]) : [];
            const offer = offered.find((candidate) => candidate.name === action);
            const res = await app.request(offer?.href ?? `${API_BASE}/orders/${id}/${action}`, { method: offer?.method ?? 'POST' });
            expect(res.status === 200, `${where}: offered ${JSON.stringify(offered.map((a) => a.name))}, answered ${res.status}`).toBe(offer !== undefined);

            // And a refusal says why: 404 when the order is not yours to see, 403 when the action is not yours to take, 409 when the order cannot take it now.
            if (!offer) {
              const owned = { ownerId: owner };
              const expected = !can(principal, 'orders:read', owned) ? 404 : !can(principal, `orders:${action}`, owned) ? 403 : 409;
              expect(res.status, where).toBe(expected);
              if (expected === 409) expect(canPerform(status, action), where).toBe(false);
            }
          }
        }
      }
    });
  }

  it('lists the same _actions on a list item as on the order itself', async () => {
    const { app } = appAs(PRINCIPALS['member usr_2']!);
    const list = (await (await app.request(`${API_BASE}/orders`)).json()).data;
    expect(list.map((order: { id: string }) => order.id)).toEqual(['ord_3']); // a member sees only its own orders
    const one = (await (await app.request(`${API_BASE}/orders/ord_3`)).json()).data;
    expect(list[0]._actions).toEqual(one._actions);
    expect(one._actions.map((action: { name: string }) => action.name)).toEqual(['cancel']); // paid: no ship for a member
  });
});

describe('_links and _actions on every order representation', () => {
  it('gives an order _links (self, user, items, payments) and the actions its status allows', async () => {
    const res = await call(testSandbox(), 'GET', '/api/v1/orders/ord_4');
    expect(res.body.data._links).toEqual({
      self: { href: '/api/v1/orders/ord_4' },
      user: { href: '/api/v1/users/usr_3' },
      items: { href: '/api/v1/orders/ord_4/items' },
      payments: { href: '/api/v1/orders/ord_4/payments' },
    });
    expect(res.body.data._actions).toEqual([
      { name: 'pay', method: 'POST', href: '/api/v1/orders/ord_4/pay', title: 'Pay the order’s total' },
      { name: 'cancel', method: 'POST', href: '/api/v1/orders/ord_4/cancel', title: 'Cancel the order' },
    ]);
    expect(res.body.links).toEqual({ self: '/api/v1/orders/ord_4', user: '/api/v1/users/usr_3' }); // the earlier shape stays
  });

  it('offers nothing on a cancelled or delivered order', async () => {
    const sandbox = testSandbox();
    await call(sandbox, 'POST', '/api/v1/orders/ord_4/cancel');
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data._actions).toEqual([]);
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_1')).body.data._actions).toEqual([]);
  });

  it('carries them on POST, PATCH, lists and the sub-collections of users and customers', async () => {
    const sandbox = testSandbox();
    const created = await call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_1', items: [{ product_id: 'prd_1', quantity: 1 }] } });
    expect(created.body.data._actions.map((a: { name: string }) => a.name)).toEqual(['pay', 'cancel']);
    const patched = await call(sandbox, 'PATCH', '/api/v1/orders/ord_3', { json: { status: 'shipped' } });
    expect(patched.body.data._actions.map((a: { name: string }) => a.name)).toEqual(['deliver']);
    for (const path of ['/api/v1/orders', '/api/v1/users/usr_1/orders', '/api/v1/customers/cus_1/orders']) {
      const list = await call(sandbox, 'GET', path);
      expect(list.status, path).toBe(200);
      for (const order of list.body.data) expect(order._links.self.href, path).toBe(`/api/v1/orders/${order.id}`);
    }
  });

  it('lets a client that only follows _actions take an order from placed to delivered', async () => {
    const sandbox = testSandbox();
    let order = (await call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_2', items: [{ product_id: 'prd_2', quantity: 2 }] } })).body.data;
    const taken: string[] = [];
    for (;;) {
      const next = order._actions.find((action: { name: string }) => action.name !== 'cancel');
      if (!next) break;
      const res = await call(sandbox, next.method, next.href);
      expect(res.status, `${next.name}: ${res.text}`).toBe(200);
      taken.push(next.name);
      order = res.body.data;
    }
    expect(taken).toEqual(['pay', 'ship', 'deliver']);
    expect(order.status).toBe('delivered');
  });
});

describe('_actions for callers with real credentials (API keys through the authenticate middleware)', () => {
  async function withKeys() {
    const env = openSandbox();
    const key = async (userId: string, scopes: string[]) =>
      `Bearer ${(await env.runtime.apiKeys.create({ userId, tenantId: 'ten_acme', name: `${userId} test key`, scopes })).key}`;
    return { ...env, grace: await key('usr_2', ['orders:*']), ada: await key('usr_1', ['orders:read', 'orders:ship']) };
  }

  it('shows a member only its own orders and offers only what its role allows', async () => {
    const { sandbox, grace } = await withKeys();
    const headers = { Authorization: grace };
    const list = await call(sandbox, 'GET', '/api/v1/orders', { headers });
    expect(list.body.data.map((order: { id: string; _actions: { name: string }[] }) => [order.id, order._actions.map((a) => a.name)])).toEqual([['ord_3', ['cancel']]]);
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4', { headers })).status).toBe(404);
    const ship = await call(sandbox, 'POST', '/api/v1/orders/ord_3/ship', { headers });
    expect(ship.status).toBe(403);
    expect(ship.body.error).toMatchObject({ code: 'insufficient_permissions' });
    expect(ship.body.error.message).toContain('orders:ship');
    expect((await call(sandbox, 'POST', '/api/v1/orders/ord_3/cancel', { headers })).status).toBe(200);
  });

  it('lets an admin key scoped to read and ship do exactly that', async () => {
    const { sandbox, ada } = await withKeys();
    const headers = { Authorization: ada };
    const order = (await call(sandbox, 'GET', '/api/v1/orders/ord_3', { headers })).body.data;
    expect(order._actions.map((a: { name: string }) => a.name)).toEqual(['ship']);
    expect((await call(sandbox, 'POST', '/api/v1/orders/ord_3/cancel', { headers })).status).toBe(403);
    expect((await call(sandbox, order._actions[0].method, order._actions[0].href, { headers })).status).toBe(200);
  });

  it('keeps idempotency keys apart per caller', async () => {
    const { sandbox, store, grace } = await withKeys();
    const order = { user_id: 'usr_2', items: [{ product_id: 'prd_1', quantity: 1 }] };
    const asGrace = await call(sandbox, 'POST', '/api/v1/orders', { json: order, headers: { Authorization: grace, 'Idempotency-Key': 'same' } });
    const anonymous = await call(sandbox, 'POST', '/api/v1/orders', { json: order, headers: { 'Idempotency-Key': 'same' } });
    const again = await call(sandbox, 'POST', '/api/v1/orders', { json: order, headers: { Authorization: grace, 'Idempotency-Key': 'same' } });
    expect([asGrace.body.data.id, anonymous.body.data.id, again.body.data.id]).toEqual(['ord_5', 'ord_6', 'ord_5']);
    expect(again.headers.get('Idempotency-Replayed')).toBe('true');
    expect(store.orders.all()).toHaveLength(6);
  });
});
