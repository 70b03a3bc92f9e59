import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/index';
import type { SandboxFetch } from '../../src/explorer/graphql-console-request';
import { fetchDashboardGraphql, fetchDashboardRest, formatMoney, neededBytes, sameDashboard } from '../../src/explorer/rest-vs-graphql-lab-model';

const sender = (sandbox: Sandbox): SandboxFetch => (path, init) => sandbox.fetch(new Request(`http://sandbox.local${path}`, init));

describe('REST vs GraphQL lab', () => {
  it('writes money the way the GraphQL Money scalar does', () => {
    expect(formatMoney({ amount: 8999, currency: 'EUR' })).toBe('89.99 EUR');
    expect(formatMoney({ amount: 24900, currency: 'EUR' })).toBe('249.00 EUR');
  });

  it('needs five REST requests in three rounds, following the user’s orders link and then each product', async () => {
    const rest = await fetchDashboardRest(sender(createSandbox()));
    expect(rest.exchanges.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /api/v1/users/usr_1',
      'GET /api/v1/users/usr_1/orders',
      ...['prd_1', 'prd_2', 'prd_3'].map((id) => `GET /api/v1/products/${id}`),
    ]);
    expect(rest.sequentialSteps).toBe(3);
    expect(rest.responseBytes).toBe(rest.exchanges.reduce((sum, e) => sum + e.responseBytes, 0));
  });

  it('gets the same dashboard with one GraphQL request and fewer bytes than REST received', async () => {
    const send = sender(createSandbox());
    const rest = await fetchDashboardRest(send);
    const graphql = await fetchDashboardGraphql(send);
    expect(graphql.exchanges).toHaveLength(1);
    expect(graphql.exchanges[0]).toMatchObject({ method: 'POST', path: '/api/graphql', status: 200 });
    expect(sameDashboard(rest.dashboard, graphql.dashboard)).toBe(true);
    expect(graphql.dashboard.orders.map((o) => o.id)).toEqual(['ord_1', 'ord_2']);
    expect(graphql.dashboard.orders[0]!.items[1]).toEqual({ quantity: 2, product: { name: 'USB-C cable', price: '12.50 EUR' } });
    expect(graphql.responseBytes).toBeLessThan(rest.responseBytes);
    expect(neededBytes(graphql.dashboard)).toBeLessThan(graphql.responseBytes);
  });

  it('shows an item whose product was deleted without its product, both ways alike', async () => {
    const sandbox = createSandbox();
    const send = sender(sandbox);
    const deleted = await send('/api/v1/products/prd_3', { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    const rest = await fetchDashboardRest(send);
    const graphql = await fetchDashboardGraphql(send);
    expect(rest.exchanges.find((e) => e.path === '/api/v1/products/prd_3')?.status).toBe(404);
    expect(rest.dashboard.orders[1]!.items[0]!.product).toBeNull();
    expect(sameDashboard(rest.dashboard, graphql.dashboard)).toBe(true);
  });
});
