import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { principalOf } from '../auth/authenticate';
import { insufficientPermissions } from '../auth/permissions';
import { can } from '../auth/rbac';
import { createRouter, type SandboxEnv } from '../env';
import { resourceNotFound } from '../patterns/errors';
import { IDEMPOTENCY_ERRORS, idempotencyKeyHeader } from '../patterns/idempotency';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { actionPermission, authorizeOrder, canReadOrder } from '../patterns/order-actions';
import { actionInto, canMoveTo, invalidTransition, itemsLocked } from '../patterns/order-lifecycle';
import { moveOrder, publishOrderCreated, publishOrderDeleted } from '../patterns/order-lifecycle-events';
import { listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { OrderCreateSchema, OrderListSchema, OrderResponseSchema, OrderUpdateSchema } from '../schemas/order';
import type { Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';
import { orderLinks, orderPage, presentOrder, priceItems, withItems } from './order-view';
import { checkReferences } from './references';

const tags = ['Orders'];
const params = idParamSchema('ord', 'order');
const listQuery = listQuerySchema('ord', 'order');
const listErrors = errorResponses('conflicting_parameters', 'validation_failed', 'internal_error');

const listOrders = createRoute({
  method: 'get',
  path: '/orders',
  tags,
  summary: 'List orders',
  description: 'The orders you may read, oldest first. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuery },
  responses: { 200: listContent(OrderListSchema, 'A page of orders, oldest first.'), ...listErrors },
});

const listUserOrders = createRoute({
  method: 'get',
  path: '/users/{id}/orders',
  tags,
  summary: 'List one user’s orders',
  description: 'The orders of one user that you may read, oldest first; 404 when the user does not exist. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { params: idParamSchema('usr', 'user'), query: listQuery },
  responses: {
    200: listContent(OrderListSchema, 'A page of the user’s orders that you may read, oldest first.'),
    ...errorResponses('conflicting_parameters', 'resource_not_found', 'validation_failed', 'internal_error'),
  },
});

const createOrder = createRoute({
  method: 'post',
  path: '/orders',
  tags,
  summary: 'Place an order',
  description: 'Send an Idempotency-Key to retry safely: a repeat with the same key and body returns the first answer instead of a second order.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(OrderCreateSchema), headers: idempotencyKeyHeader },
  responses: {
    201: { ...jsonContent(OrderResponseSchema, 'The new order, pending. Location holds its URL.'), headers: locationHeader('/api/v1/orders/ord_5') },
    ...errorResponses('invalid_json', 'insufficient_permissions', 'unsupported_media_type', 'validation_failed', 'internal_error', ...IDEMPOTENCY_ERRORS),
  },
});

const getOrder = createRoute({
  method: 'get',
  path: '/orders/{id}',
  tags,
  summary: 'Get an order',
  description: 'One order by id, with its items, its server-computed total and the actions (`_actions`) its status allows next.',
  request: { params },
  responses: { 200: jsonContent(OrderResponseSchema, 'The order.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const updateOrder = createRoute({
  method: 'patch',
  path: '/orders/{id}',
  tags,
  summary: 'Change an order’s status or items',
  description:
    'The status follows the order lifecycle (pending → paid → shipped → delivered; pending or paid → cancelled), and items can change only while the order is pending; ' +
    'anything else is a 409 that names the allowed next steps. The action endpoints (POST /orders/{id}/pay, …) do the same moves and are what `_actions` link to.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(OrderUpdateSchema) },
  responses: {
    200: jsonContent(OrderResponseSchema, 'The order after the change.'),
    ...errorResponses('invalid_json', 'insufficient_permissions', 'resource_not_found', 'invalid_state_transition', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const deleteOrder = createRoute({
  method: 'delete',
  path: '/orders/{id}',
  tags,
  summary: 'Delete an order',
  description: 'Removes the order for good. Deleting is a permission of its own (`orders:delete`), so credentials that may read an order may still be refused with 403.',
  request: { params },
  responses: {
    204: { description: 'Deleted. A later GET of this order returns 404.' },
    ...errorResponses('insufficient_permissions', 'resource_not_found', 'internal_error'),
  },
});

/**
 * The orders resource, and the orders of one user as a sub-resource. Each order carries the
 * `_links` and `_actions` of its caller; every change is checked against the lifecycle and
 * the caller's permissions, and published to the sandbox's event feed.
 */
export function orderRoutes(store: Store, clock: Clock, runtime: Runtime) {
  /** The order, if it exists and the caller may do `permission` to it (404 / 403 otherwise). */
  const find = (c: Context<SandboxEnv>, id: string, permission = 'orders:read') => {
    const order = store.orders.get(id);
    if (!order) throw resourceNotFound('order', id, resourcePath('orders'));
    authorizeOrder(principalOf(c), order, permission);
    return order;
  };

  // Every referenced id is checked before anything changes, and all unknown ones are named at once.
  const checkOrderReferences = (input: { user_id?: string; items?: { product_id: string }[] }) =>
    checkReferences([
      { field: 'user_id', id: input.user_id, noun: 'user', listPath: resourcePath('users'), exists: (id) => !!store.users.get(id) },
      ...(input.items ?? []).map((item, index) => ({
        field: `items[${index}].product_id`,
        id: item.product_id,
        noun: 'product',
        listPath: resourcePath('products'),
        exists: (id: string) => !!store.products.get(id),
      })),
    ]);

  return createRouter()
    .openapi(listOrders, (c) => {
      const principal = principalOf(c);
      const listing = store.orders.listing((order) => canReadOrder(principal, order));
      const { body, headers } = orderPage(listing, c.req.valid('query'), resourcePath('orders'), principal);
      return c.json(body, 200, headers);
    })
    .openapi(listUserOrders, (c) => {
      const { id } = c.req.valid('param');
      if (!store.users.get(id)) throw resourceNotFound('user', id, resourcePath('users'));
      const principal = principalOf(c);
      const listing = store.orders.listing((order) => order.user_id === id && canReadOrder(principal, order));
      const { body, headers } = orderPage(listing, c.req.valid('query'), resourcePath('users', id, 'orders'), principal);
      return c.json(body, 200, headers);
    })
    .openapi(createOrder, (c) => {
      const input = c.req.valid('json');
      const owner = { ownerId: input.user_id, label: `an order for ${input.user_id}` };
      if (!can(principalOf(c), 'orders:create', owner)) throw insufficientPermissions(principalOf(c), 'orders:create', owner);
      checkOrderReferences(input);
      const order = store.orders.insert({
        user_id: input.user_id,
        ...withItems(priceItems(store, input.items)),
        status: 'pending',
        created_at: new Date(clock.now()).toISOString(),
      });
      publishOrderCreated(runtime.events, order);
      c.header('Location', orderLinks(order).self);
      return c.json({ data: presentOrder(order, principalOf(c)), links: orderLinks(order) }, 201);
    })
    .openapi(getOrder, (c) => {
      const order = find(c, c.req.valid('param').id);
      return c.json({ data: presentOrder(order, principalOf(c)), links: orderLinks(order) }, 200);
    })
    .openapi(updateOrder, (c) => {
      const { id } = c.req.valid('param');
      const changes = c.req.valid('json');
      let order = find(c, id);
      // Setting the status it already has is no move (PATCH may repeat itself); any other status is one step of the lifecycle.
      const target = changes.status !== undefined && changes.status !== order.status ? changes.status : undefined;
      // Who may do this at all (403), then whether the request names real things (422), then whether the order can take it now (409).
      const action = target && actionInto(target);
      if (changes.items) authorizeOrder(principalOf(c), order, 'orders:update');
      if (target) authorizeOrder(principalOf(c), order, action ? actionPermission(action) : 'orders:update');
      checkOrderReferences(changes);
      if (target && !canMoveTo(order.status, target)) throw invalidTransition(order, target);
      if (changes.items && order.status !== 'pending') throw itemsLocked(order);
      if (changes.items) order = store.orders.update(id, withItems(priceItems(store, changes.items)))!;
      if (target) order = moveOrder(store, runtime.events, order, target);
      return c.json({ data: presentOrder(order, principalOf(c)), links: orderLinks(order) }, 200);
    })
    .openapi(deleteOrder, (c) => {
      const order = find(c, c.req.valid('param').id, 'orders:delete');
      store.orders.remove(order.id);
      publishOrderDeleted(runtime.events, order);
      return c.body(null, 204);
    });
}
