import { describe, expect, it } from 'vitest';
import { OrderEvents } from '../../sandbox/graphql/subscriptions/order-events';
import { canMoveTo, isFinalStatus, nextStatuses } from '../../sandbox/graphql/subscriptions/order-status-machine';
import { data, gqlRequest, sseReader } from './graphql-helpers';
import { call, testSandbox } from './support';


const WATCH = 'subscription Watch($id: ID!) { orderStatusChanged(orderId: $id) { previousStatus status changedAt order { id user { name } } } }';
const MOVE = 'mutation ($id: ID!, $status: OrderStatus!) { updateOrderStatus(input: { orderId: $id, status: $status }) { userErrors { message } } }';
const SSE = 'text/event-stream';

async function subscribe(sandbox: ReturnType<typeof testSandbox>, orderId: string, method: 'GET' | 'POST' = 'POST') {
  const response = await sandbox.fetch(gqlRequest(WATCH, { variables: { id: orderId }, accept: SSE, method }));
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8');
  return sseReader(response.body!);
}

async function move(sandbox: ReturnType<typeof testSandbox>, id: string, status: string) {
  const result = await data(sandbox, MOVE, { variables: { id, status } });
  expect(result.updateOrderStatus.userErrors).toEqual([]);
}

describe('orderStatusChanged over server-sent events', () => {
  it('sends one `next` per status change and `complete` when the order reaches a final status', async () => {
    const sandbox = testSandbox();
    const events = await subscribe(sandbox, 'ord_4');
    await move(sandbox, 'ord_4', 'PAID');
    await move(sandbox, 'ord_4', 'CANCELLED');

    const first = await events.next();
    expect(first?.event).toBe('next');
    expect(JSON.parse(first!.data)).toMatchObject({
      data: { orderStatusChanged: { previousStatus: 'PENDING', status: 'PAID', changedAt: '2026-03-01T12:00:00.000Z', order: { id: 'ord_4', user: { name: 'Alan Turing' } } } },
      extensions: { storeReads: 2, dataLoader: 'on' },
    });
    const second = await events.next();
    expect(JSON.parse(second!.data).data.orderStatusChanged).toMatchObject({ previousStatus: 'PAID', status: 'CANCELLED' });
    expect(await events.next()).toEqual({ event: 'complete', data: '' });
    expect(await events.next()).toBeNull();
  });

  it('also hears changes made through the REST API', async () => {
    const sandbox = testSandbox();
    const events = await subscribe(sandbox, 'ord_2');
    const patched = await call(sandbox, 'PATCH', '/api/v1/orders/ord_2', { json: { status: 'delivered' } });
    expect(patched.status).toBe(200);
    expect(JSON.parse((await events.next())!.data).data.orderStatusChanged).toMatchObject({ previousStatus: 'SHIPPED', status: 'DELIVERED' });
    expect((await events.next())?.event).toBe('complete');
  });

  it('reads current data for each event, not what an earlier event cached', async () => {
    const sandbox = testSandbox();
    const events = await subscribe(sandbox, 'ord_3');
    await move(sandbox, 'ord_3', 'SHIPPED');
    expect(JSON.parse((await events.next())!.data).data.orderStatusChanged.order.user.name).toBe('Grace Hopper');
    await call(sandbox, 'PATCH', '/api/v1/users/usr_2', { json: { name: 'Rear Admiral Hopper' } });
    await move(sandbox, 'ord_3', 'DELIVERED');
    expect(JSON.parse((await events.next())!.data).data.orderStatusChanged.order.user.name).toBe('Rear Admiral Hopper');
  });

  it('completes without an event when the order is deleted', async () => {
    const sandbox = testSandbox();
    const events = await subscribe(sandbox, 'ord_4');
    expect((await call(sandbox, 'DELETE', '/api/v1/orders/ord_4')).status).toBe(204);
    expect(await events.next()).toEqual({ event: 'complete', data: '' });
  });

  it('works over GET too, as EventSource sends it', async () => {
    const sandbox = testSandbox();
    const events = await subscribe(sandbox, 'ord_4', 'GET');
    await move(sandbox, 'ord_4', 'PAID');
    expect(JSON.parse((await events.next())!.data).data.orderStatusChanged.status).toBe('PAID');
    await events.cancel();
  });

  it('sends the error as a `next` and completes when the order does not exist or cannot change', async () => {
    const sandbox = testSandbox();
    for (const [id, code] of [
      ['ord_99', 'NOT_FOUND'],
      ['ord_1', 'BAD_USER_INPUT'],
    ]) {
      const events = await subscribe(sandbox, id!);
      const first = JSON.parse((await events.next())!.data);
      expect(first.data).toBeUndefined();
      expect(first.errors[0]).toMatchObject({ path: ['orderStatusChanged'], extensions: { code } });
      expect((await events.next())?.event).toBe('complete');
    }
  });

  it('answers a query asked for as a stream with one `next` and `complete`', async () => {
    const response = await testSandbox().fetch(gqlRequest('{ viewer { login } }', { accept: SSE }));
    const events = sseReader(response.body!);
    expect(JSON.parse((await events.next())!.data).data).toEqual({ viewer: { login: 'ada' } });
    expect((await events.next())?.event).toBe('complete');
    expect(await events.next()).toBeNull();
  });
});

describe('the order event stream', () => {
  it('stops listening at once when the client goes away, even while it waits', async () => {
    const bus = new OrderEvents();
    const changes = bus.statusChanges('ord_4');
    const pending = changes.next();
    expect(bus.listenerCount).toBe(1);
    await changes.return!();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(bus.listenerCount).toBe(0);
  });

  it('stops listening after the final status, and ignores other orders', async () => {
    const bus = new OrderEvents();
    const changes = bus.statusChanges('ord_4');
    const at = '2026-03-01T12:00:00.000Z';
    bus.publish({ kind: 'changed', orderId: 'ord_3', previousStatus: 'paid', status: 'shipped', changedAt: at });
    bus.publish({ kind: 'changed', orderId: 'ord_4', previousStatus: 'pending', status: 'paid', changedAt: at });
    bus.publish({ kind: 'changed', orderId: 'ord_4', previousStatus: 'paid', status: 'cancelled', changedAt: at });
    expect((await changes.next()).value).toMatchObject({ status: 'paid' });
    expect((await changes.next()).value).toMatchObject({ status: 'cancelled' });
    expect(await changes.next()).toEqual({ done: true, value: undefined });
    expect(bus.listenerCount).toBe(0);
  });
});

describe('the order lifecycle', () => {
  it('allows only the moves of the lifecycle', () => {
    expect(nextStatuses('pending')).toEqual(['paid', 'cancelled']);
    expect(nextStatuses('paid')).toEqual(['shipped', 'cancelled']);
    expect(nextStatuses('shipped')).toEqual(['delivered']);
    expect(canMoveTo('shipped', 'pending')).toBe(false);
    expect([isFinalStatus('delivered'), isFinalStatus('cancelled'), isFinalStatus('paid')]).toEqual([true, true, false]);
  });
});
