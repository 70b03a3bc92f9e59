import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupSandboxServer } from '../../sandbox/node';
import { startServer, type RunningServer } from '../../sandbox/server';
import { GRAPHQL_RESPONSE, sseReader } from './graphql-helpers';


/** The GraphQL endpoints through the real HTTP server (npm run sandbox) and through MSW's Node interceptors. */

const WATCH = 'subscription { orderStatusChanged(orderId: "ord_4") { status } }';
const MOVE = 'mutation { updateOrderStatus(input: { orderId: "ord_4", status: PAID }) { order { status } } }';

describe('GraphQL through the HTTP server door', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer(0);
  });
  afterAll(() => running.close());
  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${running.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('answers POST and GET with the spec’s media type and the read count', async () => {
    const posted = await post('{ orders { nodes { user { name } } } }', { Accept: GRAPHQL_RESPONSE, 'X-DataLoader': 'off' });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('Content-Type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
    expect(posted.headers.get('X-Store-Reads')).toBe('5');
    expect((await posted.json()).data.orders.nodes).toHaveLength(4);

    const got = await fetch(`${running.url}/api/graphql?query=${encodeURIComponent('{ viewer { login } }')}`);
    expect(await got.json()).toMatchObject({ data: { viewer: { login: 'ada' } } });
  });

  it('refuses a mutation over GET with 405', async () => {
    const response = await fetch(`${running.url}/api/graphql?query=${encodeURIComponent(MOVE)}`, { headers: { Accept: GRAPHQL_RESPONSE } });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
  });

  it('streams a subscription as it happens, then ends the connection cleanly', async () => {
    const response = await post(WATCH, { Accept: 'text/event-stream' });
    expect(response.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8');
    const events = sseReader(response.body!);
    expect((await (await post(MOVE)).json()).data.updateOrderStatus.order.status).toBe('PAID');
    expect(JSON.parse((await events.next())!.data).data).toEqual({ orderStatusChanged: { status: 'PAID' } });
    await post('mutation { updateOrderStatus(input: { orderId: "ord_4", status: CANCELLED }) { order { status } } }');
    expect(JSON.parse((await events.next())!.data).data.orderStatusChanged.status).toBe('CANCELLED');
    expect(await events.next()).toEqual({ event: 'complete', data: '' });
    expect(await events.next()).toBeNull();
  });

  it('serves the federated gateway', async () => {
    const response = await fetch(`${running.url}/api/graphql/federated`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ user(id: "usr_2") { name orders { id } } }' }),
    });
    expect((await response.json()).data).toEqual({ user: { name: 'Grace Hopper', orders: [{ id: 'ord_3' }] } });
  });
});

describe('GraphQL through the MSW door', () => {
  const { server } = setupSandboxServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('answers a query sent with fetch to the intercepted origin', async () => {
    const response = await fetch('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: GRAPHQL_RESPONSE },
      body: JSON.stringify({ query: '{ product(id: "prd_2") { name price } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { product: { name: 'USB-C cable', price: '12.50 EUR' } } });
  });

  it('streams subscription events through the interceptor', async () => {
    const response = await fetch('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { orderStatusChanged(orderId: "ord_3") { status } }' }),
    });
    const events = sseReader(response.body!);
    await fetch('http://localhost/api/v1/orders/ord_3', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'cancelled' }) });
    expect(JSON.parse((await events.next())!.data).data).toEqual({ orderStatusChanged: { status: 'CANCELLED' } });
    expect((await events.next())?.event).toBe('complete');
  });
});
