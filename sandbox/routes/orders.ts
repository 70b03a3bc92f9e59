import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { OrderCreateSchema, OrderListSchema, OrderResponseSchema, OrderUpdateSchema } from '../schemas/order';
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
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuery },
  responses: { 200: listContent(OrderListSchema, 'A page of orders, oldest first.'), ...listErrors },
});

const listUserOrders = createRoute({
  method: 'get',
  path: '/users/{id}/orders',
  tags,
  summary: 'List one user’s orders',
  middleware: [onePaginationStyle()] as const,
  request: { params: idParamSchema('usr', 'user'), query: listQuery },
  responses: {
    200: listContent(OrderListSchema, 'A page of the user’s orders, oldest first.'),
    ...errorResponses('conflicting_parameters', 'resource_not_found', 'validation_failed', 'internal_error'),
  },
});

const createOrder = createRoute({
  method: 'post',
  path: '/orders',
  tags,
  summary: 'Place an order',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(OrderCreateSchema) },
  responses: {
    201: { ...jsonContent(OrderResponseSchema, 'The new order, pending. Location holds its URL.'), headers: locationHeader('/api/v1/orders/ord_5') },
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getOrder = createRoute({
  method: 'get',
  path: '/orders/{id}',
  tags,
  summary: 'Get an order',
  request: { params },
  responses: { 200: jsonContent(OrderResponseSchema, 'The order.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const updateOrder = createRoute({
  method: 'patch',
  path: '/orders/{id}',
  tags,
  summary: 'Change an order’s status or items',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(OrderUpdateSchema) },
  responses: {
    200: jsonContent(OrderResponseSchema, 'The order after the change.'),
    ...errorResponses('invalid_json', 'resource_not_found', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const deleteOrder = createRoute({
  method: 'delete',
  path: '/orders/{id}',
  tags,
  summary: 'Delete an order',
  request: { params },
  responses: { 204: { description: 'Deleted. A later GET of this order returns 404.' }, ...errorResponses('resource_not_found', 'internal_error') },
});

/** The orders resource, and the orders of one user as a sub-resource. */
export function orderRoutes(store: Store, clock: Clock) {
  const find = (id: string) => {
    const order = store.orders.get(id);
    if (!order) throw resourceNotFound('order', id, resourcePath('orders'));
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
      const { body, headers } = orderPage(store.orders.listing(), c.req.valid('query'), resourcePath('orders'));
      return c.json(body, 200, headers);
    })
    .openapi(listUserOrders, (c) => {
      const { id } = c.req.valid('param');
      if (!store.users.get(id)) throw resourceNotFound('user', id, resourcePath('users'));
      const listing = store.orders.listing((order) => order.user_id === id);
      const { body, headers } = orderPage(listing, c.req.valid('query'), resourcePath('users', id, 'orders'));
      return c.json(body, 200, headers);
    })
    .openapi(createOrder, (c) => {
      const input = c.req.valid('json');
      checkOrderReferences(input);
      const order = store.orders.insert({
        user_id: input.user_id,
        ...withItems(priceItems(store, input.items)),
        status: 'pending',
        created_at: new Date(clock.now()).toISOString(),
      });
      c.header('Location', orderLinks(order).self);
      return c.json({ data: presentOrder(order), links: orderLinks(order) }, 201);
    })
    .openapi(getOrder, (c) => {
      const order = find(c.req.valid('param').id);
      return c.json({ data: presentOrder(order), links: orderLinks(order) }, 200);
    })
    .openapi(updateOrder, (c) => {
      const { id } = c.req.valid('param');
      const changes = c.req.valid('json');
      find(id);
      checkOrderReferences(changes);
      const order = store.orders.update(id, { status: changes.status, ...(changes.items && withItems(priceItems(store, changes.items))) })!;
      return c.json({ data: presentOrder(order), links: orderLinks(order) }, 200);
    })
    .openapi(deleteOrder, (c) => {
      const { id } = c.req.valid('param');
      if (!store.orders.remove(id)) throw resourceNotFound('order', id, resourcePath('orders'));
      return c.body(null, 204);
    });
}
