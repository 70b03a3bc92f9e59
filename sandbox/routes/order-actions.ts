import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { principalOf } from '../auth/authenticate';
import { createRouter, type SandboxEnv } from '../env';
import { resourceNotFound, type ErrorCode } from '../patterns/errors';
import { IDEMPOTENCY_ERRORS, idempotencyKeyHeader } from '../patterns/idempotency';
import { resourcePath } from '../patterns/links';
import { actionPermission, authorizeOrder } from '../patterns/order-actions';
import { ACTION_RESULT, ORDER_ACTIONS, canPerform, invalidTransition, type OrderAction } from '../patterns/order-lifecycle';
import { moveOrder } from '../patterns/order-lifecycle-events';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { idParamSchema, jsonContent, listContent, listSchema, ListMetaSchema } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { OrderResponseSchema } from '../schemas/order';
import type { Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';
import { plainListing } from '../store/collection';
import type { Store } from '../store/store';
import { orderLinks, presentOrder } from './order-view';
import { PaymentLinksSchema, PaymentSchema, paymentLinks, payOrder } from './payments';

/**
 * The order's lifecycle as action endpoints: POST /orders/{id}/pay, /ship, /deliver, /cancel.
 * They are what an order's `_actions` link to. Each one checks, in this order: the order
 * exists and the caller may see it (404), the caller may take the action (403), the
 * lifecycle allows it now (409); then it moves the order and publishes the change. Paying
 * goes through the payment provider, as POST /payments does.
 * GET /orders/{id}/payments is the `payments` link: the payments made for the order.
 */

const tags = ['Orders'];
const params = idParamSchema('ord', 'order');

const DESCRIPTIONS: Readonly<Record<OrderAction, string>> = {
  pay: 'Charges the order’s total through the payment provider (as POST /payments does) and moves it from pending to paid.',
  ship: 'Moves a paid order to shipped.',
  deliver: 'Moves a shipped order to delivered, a final status.',
  cancel: 'Cancels a pending or paid order; cancelled is a final status.',
};

const PAYMENT_ERRORS = ['order_not_payable', 'payment_provider_error', 'service_unavailable', 'payment_provider_timeout'] as const satisfies ErrorCode[];

function actionRoute(action: OrderAction) {
  const extra = action === 'pay' ? PAYMENT_ERRORS : [];
  return createRoute({
    method: 'post',
    path: `/orders/{id}/${action}`,
    tags,
    summary: `${action[0]!.toUpperCase()}${action.slice(1)} an order`,
    description: `${DESCRIPTIONS[action]} Offered in the order’s _actions exactly when it will succeed. Takes no body.`,
    request: { params, headers: idempotencyKeyHeader },
    responses: {
      200: jsonContent(OrderResponseSchema, `The order, now ${ACTION_RESULT[action]}, with its next _actions.`),
      ...errorResponses('insufficient_permissions', 'resource_not_found', 'invalid_state_transition', 'internal_error', ...IDEMPOTENCY_ERRORS, ...extra),
    },
  });
}

const OrderPaymentListSchema = listSchema('OrderPaymentList', PaymentSchema.extend({ links: PaymentLinksSchema }).openapi('OrderPaymentListItem'), ListMetaSchema);

const listOrderPayments = createRoute({
  method: 'get',
  path: '/orders/{id}/payments',
  tags,
  summary: 'List an order’s payments',
  description: 'Every payment attempt made for the order, oldest first; at most one of them succeeds. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { params, query: listQuerySchema('pay', 'payment') },
  responses: {
    200: listContent(OrderPaymentListSchema, 'A page of the payments made for the order, oldest first (at most one succeeds per order).'),
    ...errorResponses('conflicting_parameters', 'insufficient_permissions', 'resource_not_found', 'validation_failed', 'internal_error'),
  },
});

/** POST /orders/{id}/{pay|ship|deliver|cancel} and GET /orders/{id}/payments. */
export function orderActionRoutes(store: Store, clock: Clock, runtime: Runtime) {
  const find = (c: Context<SandboxEnv>, id: string, permission: string) => {
    const order = store.orders.get(id);
    if (!order) throw resourceNotFound('order', id, resourcePath('orders'));
    authorizeOrder(principalOf(c), order, permission);
    return order;
  };

  const perform = async (c: Context<SandboxEnv>, id: string, action: OrderAction) => {
    const order = find(c, id, actionPermission(action));
    if (!canPerform(order.status, action)) throw invalidTransition(order, ACTION_RESULT[action], 'id');
    if (action === 'pay') await payOrder(store, clock, runtime, { order_id: order.id });
    else moveOrder(store, runtime.events, order, ACTION_RESULT[action], 'id');
    const moved = store.orders.get(order.id)!;
    return c.json({ data: presentOrder(moved, principalOf(c)), links: orderLinks(moved) }, 200);
  };

  const router = createRouter();
  for (const action of ORDER_ACTIONS) router.openapi(actionRoute(action), (c) => perform(c, c.req.valid('param').id, action));
  router.openapi(listOrderPayments, (c) => {
    const order = find(c, c.req.valid('param').id, 'orders:read');
    const rows = runtime.payments.all().filter((payment) => payment.order_id === order.id);
    const page = listPage(plainListing(rows), c.req.valid('query'), resourcePath('orders', order.id, 'payments'));
    return c.json({ data: page.items.map((payment) => ({ ...payment, links: paymentLinks(payment) })), links: page.links, meta: page.meta }, 200, page.headers);
  });
  return router;
}
