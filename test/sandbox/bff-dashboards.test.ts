import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, testSandbox } from './support';
import { authSandbox } from './tenants-support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('GET /api/mobile/v1/dashboard', () => {
  it('gives the demo user a small dashboard: first name, avatar, tier, five orders, ten recommendations', async () => {
    const res = await call(sandbox, 'GET', '/api/mobile/v1/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ first_name: 'Ada', avatar_url: expect.stringMatching(/^data:image\/svg\+xml,/), membership_tier: 'gold' });
    expect(res.body.recent_orders).toHaveLength(5);
    expect(res.body.recent_orders[0]).toEqual({ id: 'ord_2', status: 'shipped', date: '2026-01-12', item_count: 1, total: { amount: 24900, currency: 'EUR' } });
    expect(res.body.recommendations).toHaveLength(10);
    expect(res.body.meta).toEqual({ viewer: { user_id: 'usr_1', authenticated: false }, degraded: [] });
  });

  it('dates an order by the customer’s calendar day, not by slicing the UTC timestamp', async () => {
    // Archived orders are placed at 23:30 UTC; Grace lives in New York, five hours behind: same day.
    // Alan lives in Tokyo, nine hours ahead: the next day, which created_at[:10] would get wrong.
    const env = authSandbox();
    const res = await call(env.sandbox, 'GET', '/api/mobile/v1/dashboard', { headers: await env.bearer('alan', ['orders:read']) });
    const archived = res.body.recent_orders.find((order: { id: string }) => order.id.startsWith('arc_'));
    expect(archived).toMatchObject({ id: 'arc_3_1', date: '2026-01-01' });
  });

  it('is several times smaller than the web dashboard for the same user', async () => {
    const mobile = await call(sandbox, 'GET', '/api/mobile/v1/dashboard');
    const web = await call(sandbox, 'GET', '/api/web/v1/dashboard');
    expect(bytes(mobile.text) * 3).toBeLessThan(bytes(web.text));
  });
});

describe('GET /api/web/v1/dashboard', () => {
  it('gives the full profile, twenty orders with items, preferences and totals over all orders', async () => {
    const res = await call(sandbox, 'GET', '/api/web/v1/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com', time_zone: 'Europe/London', member_since: '2026-01-05T09:00:00.000Z' });
    expect(res.body.orders).toHaveLength(20);
    expect(res.body.orders[0].items).toEqual([{ product_id: 'prd_3', product_name: '27-inch monitor', quantity: 1, unit_price: { amount: 24900, currency: 'EUR' } }]);
    expect(res.body.preferences).toMatchObject({ favourite_categories: ['keyboards', 'displays'] });
    expect(res.body.recommendations[0]).toMatchObject({ category: expect.stringMatching(/keyboards|displays/), reason: expect.stringContaining('You follow') });
    // 2 live + 24 archived orders: the totals count all 26, not the 20 on the page.
    expect(res.body.analytics.total_orders).toBe(26);
    expect(res.body.analytics.total_spent).toEqual({ amount: expect.any(Number), currency: 'EUR' });
  });

  it('serves the signed-in user’s own dashboard, not the demo user’s', async () => {
    const env = authSandbox();
    const res = await call(env.sandbox, 'GET', '/api/web/v1/dashboard', { headers: await env.bearer('grace', ['orders:read']) });
    expect(res.body.user.id).toBe('usr_2');
    expect(res.body.meta.viewer).toEqual({ user_id: 'usr_2', authenticated: true });
    expect(res.body.orders.every((order: { id: string }) => order.id === 'ord_3' || order.id.startsWith('arc_2_'))).toBe(true);
  });

  it('refuses a malformed Authorization header with 401 instead of showing the demo dashboard', async () => {
    const res = await call(sandbox, 'GET', '/api/web/v1/dashboard', { headers: { Authorization: 'Basic YWRhOnB3' } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_token');
  });
});

describe('GET /api/partners/v1/order-summary', () => {
  it('answers in the stable v1 format: snake_case, ISO dates, amounts in minor units', async () => {
    const res = await call(sandbox, 'GET', '/api/partners/v1/order-summary');
    expect(res.status).toBe(200);
    expect(res.body.api_version).toBe('1');
    expect(res.body.generated_at).toBe('2026-03-01T12:00:00.000Z');
    expect(res.body.customer).toEqual({ customer_id: 'usr_1', display_name: 'Ada Lovelace', membership_tier: 'gold', member_since: '2026-01-05T09:00:00.000Z', time_zone: 'Europe/London' });
    expect(res.body.orders[0]).toEqual({ order_id: 'ord_2', status: 'shipped', placed_at: '2026-01-12T16:20:00.000Z', placed_on: '2026-01-12', item_count: 1, total_amount_minor: 24900, currency: 'EUR' });
    expect(res.body.total_orders).toBe(26);
    const keys = JSON.stringify(res.body).match(/"([^"]+)":/g)!;
    expect(keys.every((key) => /^"[a-z0-9_]+":$/.test(key))).toBe(true);
  });
});
