import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { ACTION_RESULT, allowedActions, canPerform, isFinalStatus, ORDER_ACTIONS, orderLifecycle } from '../../sandbox/patterns/order-lifecycle';
import { ORDER_STATUSES } from '../../sandbox/store/records';
import { data, gqlRequest, sseReader } from './graphql-helpers';
import { openSandbox, orderEvents } from './orders-helpers';
import { call } from './support';

const MOVE = 'mutation ($id: ID!, $status: OrderStatus!) { updateOrderStatus(input: { orderId: $id, status: $status }) { order { status } userErrors { code message } } }';
const WATCH = 'subscription Watch($id: ID!) { orderStatusChanged(orderId: $id) { previousStatus status } }';

describe('the order lifecycle machine', () => {
  const paths = createTestModel(orderLifecycle).getShortestPaths();

  it('reaches every status the store knows, and no other', () => {
    const reached = new Set(paths.flatMap((path) => path.steps.map((step) => String(step.state.value))));
    expect([...reached].sort()).toEqual([...ORDER_STATUSES].sort());
  });

  it('agrees with canPerform along every path, and accepts nothing in a final status', () => {
    for (const path of paths) {
      const actor = createActor(orderLifecycle).start();
      for (const step of path.steps.slice(1)) {
        const action = step.event.type.replace('order.', '') as (typeof ORDER_ACTIONS)[number];
        const from = actor.getSnapshot().value as (typeof ORDER_STATUSES)[number];
        expect(canPerform(from, action), `${from} --${action}-->`).toBe(true);
        actor.send(step.event as { type: `order.${typeof action}` });
        expect(actor.getSnapshot().value).toBe(ACTION_RESULT[action]);
      }
    }
    expect(allowedActions('delivered')).toEqual([]);
    expect(allowedActions('cancelled')).toEqual([]);
    expect(ORDER_STATUSES.filter(isFinalStatus)).toEqual(['delivered', 'cancelled']);
  });

  it('offers pay and cancel while pending, ship and cancel once paid, deliver once shipped', () => {
    expect(ORDER_STATUSES.map((status) => [status, allowedActions(status)])).toEqual([
      ['pending', ['pay', 'cancel']],
      ['paid', ['ship', 'cancel']],
      ['shipped', ['deliver']],
      ['delivered', []],
      ['cancelled', []],
    ]);
  });
});

describe('the lifecycle over REST', () => {
  it('refuses an illegal PATCH of status with 409, naming the current status and the allowed next ones', async () => {
    const { sandbox, runtime } = openSandbox();
    const res = await call(sandbox, 'PATCH', '/api/v1/orders/ord_4', { json: { status: 'shipped' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'invalid_state_transition', param: 'status' });
    expect(res.body.error.message).toBe(
      'Order ord_4 is pending and cannot become shipped: from pending it can move to paid (pay) or cancelled (cancel). GET the order: its _actions list what it accepts now.',
    );
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('pending');
    expect(orderEvents(runtime)).toEqual([]);
  });

  it('says that a final status cannot change any more', async () => {
    const { sandbox } = openSandbox();
    const res = await call(sandbox, 'PATCH', '/api/v1/orders/ord_1', { json: { status: 'pending' } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('delivered is final, so its status cannot change any more');
  });

  it('walks an order through pay, ship and deliver with the action endpoints, publishing each change once', async () => {
    const { sandbox, runtime } = openSandbox();
    for (const [action, status] of [
      ['pay', 'paid'],
      ['ship', 'shipped'],
      ['deliver', 'delivered'],
    ] as const) {
      const res = await call(sandbox, 'POST', `/api/v1/orders/ord_4/${action}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.data.status).toBe(status);
    }
    expect(orderEvents(runtime)).toEqual(['order.paid ord_4 pending→paid', 'order.shipped ord_4 paid→shipped', 'order.delivered ord_4 shipped→delivered']);
    const again = await call(sandbox, 'POST', '/api/v1/orders/ord_4/cancel');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_state_transition');
  });

  it('pays through the payment provider: the payment is recorded and listed under the order', async () => {
    const { sandbox } = openSandbox();
    const paid = await call(sandbox, 'POST', '/api/v1/orders/ord_4/pay');
    expect(paid.status).toBe(200);
    const payments = await call(sandbox, 'GET', paid.body.data._links.payments.href);
    expect(payments.status).toBe(200);
    expect(payments.body.data).toEqual([
      expect.objectContaining({ id: 'pay_1', order_id: 'ord_4', amount: { amount: 8999, currency: 'EUR' }, status: 'succeeded', links: { self: '/api/v1/payments/pay_1', order: '/api/v1/orders/ord_4' } }),
    ]);
  });

  it('does not mark the order paid when the provider fails', async () => {
    const { sandbox, runtime } = openSandbox();
    await call(sandbox, 'PUT', '/api/v1/sandbox/payment-provider', { json: { failure_rate: 1, latency_ms: 0 } });
    const res = await call(sandbox, 'POST', '/api/v1/orders/ord_4/pay');
    expect(res.status).toBe(502);
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('pending');
    expect(orderEvents(runtime)).toEqual([]);
  });

  it('publishes creation, PATCH moves, payments and deletion to the one event feed', async () => {
    const { sandbox, runtime } = openSandbox();
    const created = await call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_2', items: [{ product_id: 'prd_1', quantity: 1 }] } });
    await call(sandbox, 'POST', '/api/v1/payments', { json: { order_id: created.body.data.id } });
    await call(sandbox, 'PATCH', '/api/v1/orders/ord_3', { json: { status: 'cancelled' } });
    await call(sandbox, 'DELETE', '/api/v1/orders/ord_2');
    expect(orderEvents(runtime)).toEqual(['order.created ord_5 pending', 'order.paid ord_5 pending→paid', 'order.cancelled ord_3 paid→cancelled', 'order.deleted ord_2 shipped']);
    expect(runtime.events.since(0)[0]!.data).toEqual({ order_id: 'ord_5', status: 'pending', user_id: 'usr_2' });
  });

  it('refuses to add an item to an order that is no longer pending (a paid order stays what was paid for)', async () => {
    const { sandbox } = openSandbox();
    const res = await call(sandbox, 'POST', '/api/v1/orders/ord_3/items', { json: { product_id: 'prd_1', quantity: 1 } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('invalid_state_transition');
    expect(res.body.error.message).toContain('items can change only while it is pending');
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_3/items')).body.data).toHaveLength(2);
  });
});

describe('the lifecycle over GraphQL', () => {
  it('refuses the same moves as REST, from the same machine', async () => {
    const { sandbox } = openSandbox();
    for (const from of ['ord_1', 'ord_2', 'ord_3', 'ord_4']) {
      for (const status of ORDER_STATUSES) {
        const rest = (await call(sandbox, 'GET', `/api/v1/orders/${from}`)).body.data;
        const allowed = rest._actions.map((action: { name: string }) => ACTION_RESULT[action.name as keyof typeof ACTION_RESULT]);
        const result = (await data(sandbox, MOVE, { variables: { id: from, status: status.toUpperCase() } })).updateOrderStatus;
        if (allowed.includes(status)) {
          expect(result.userErrors, `${from} → ${status}`).toEqual([]);
          sandbox.reset(); // back to the seed for the next pair
        } else {
          expect(result.userErrors[0]?.code, `${from} (${rest.status}) → ${status}`).toBe('INVALID_TRANSITION');
        }
      }
    }
  });

  it('publishes its moves to the event feed, which the REST side reads too', async () => {
    const { sandbox, runtime } = openSandbox();
    await data(sandbox, MOVE, { variables: { id: 'ord_3', status: 'SHIPPED' } });
    const created = await data(sandbox, 'mutation { createOrder(input: { userId: "usr_1", items: [{ productId: "prd_2", quantity: 1 }] }) { order { id } } }');
    expect(orderEvents(runtime)).toEqual(['order.shipped ord_3 paid→shipped', `order.created ${created.createOrder.order.id} pending`]);
  });

  it('tells a subscription about a move made by a REST action endpoint, once, and stops listening to the feed after', async () => {
    const { sandbox, runtime } = openSandbox();
    const before = runtime.events.listenerCount; // other parts of the sandbox (webhooks) may listen for good
    const response = await sandbox.fetch(gqlRequest(WATCH, { variables: { id: 'ord_4' }, accept: 'text/event-stream' }));
    const events = sseReader(response.body!);
    expect(runtime.events.listenerCount).toBe(before + 1);
    expect((await call(sandbox, 'POST', '/api/v1/orders/ord_4/pay')).status).toBe(200);
    expect((await call(sandbox, 'POST', '/api/v1/orders/ord_4/cancel')).status).toBe(200);
    expect(JSON.parse((await events.next())!.data).data.orderStatusChanged).toEqual({ previousStatus: 'PENDING', status: 'PAID' });
    expect(JSON.parse((await events.next())!.data).data.orderStatusChanged).toEqual({ previousStatus: 'PAID', status: 'CANCELLED' });
    expect((await events.next())?.event).toBe('complete');
    expect(runtime.events.listenerCount).toBe(before);
  });
});
