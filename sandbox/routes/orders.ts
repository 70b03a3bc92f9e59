import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { resourceNotFound, type ErrorDetail } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { pageLinks, resourcePath } from '../patterns/links';
import { pageQuerySchema, paginate, type PageQuery } from '../patterns/pagination';
import { validationFailed } from '../patterns/validation';
import { idParamSchema, jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { OrderCreateSchema, OrderListSchema, OrderResponseSchema, OrderUpdateSchema } from '../schemas/order';
import type { Clock } from '../store/clock';
import { orderTotal } from '../store/money';
import type { OrderItemRecord, OrderRecord } from '../store/records';
import type { Store } from '../store/store';

type ItemInput = { product_id: string; quantity: number };

const tags = ['Orders'];
const params = idParamSchema('ord', 'order');
const pageQuery = pageQuerySchema('ord', 'order');

const listOrders = createRoute({
  method: 'get',
  path: '/orders',
  tags,
  summary: 'List orders',
  request: { query: pageQuery },
  responses: { 200: jsonContent(OrderListSchema, 'A page of orders, oldest first.'), ...errorResponses('validation_failed', 'internal_error') },
});

const listUserOrders = createRoute({
  method: 'get',
  path: '/users/{id}/orders',
  tags,
  summary: 'List one user’s orders',
  request: { params: idParamSchema('usr', 'user'), query: pageQuery },
  responses: {
    200: jsonContent(OrderListSchema, 'A page of the user’s orders, oldest first.'),
    ...errorResponses('resource_not_found', 'validation_failed', 'internal_error'),
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
    201: {
      ...jsonContent(OrderResponseSchema, 'The new order, pending. Location holds its URL.'),
      headers: z.object({ Location: z.string().openapi({ example: '/api/v1/orders/ord_5' }) }),
    },
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

/** A stored order as clients see it: each item links to its product. */
function present(order: OrderRecord) {
  return { ...order, items: order.items.map((item) => ({ ...item, links: { product: resourcePath('products', item.product_id) } })) };
}

function orderLinks(order: OrderRecord) {
  return { self: resourcePath('orders', order.id), user: resourcePath('users', order.user_id) };
}

/** The orders resource, and the orders of one user as a sub-resource. */
export function orderRoutes(store: Store, clock: Clock) {
  const find = (id: string) => {
    const order = store.orders.get(id);
    if (!order) throw resourceNotFound('order', id, resourcePath('orders'));
    return order;
  };

  // Every referenced id is checked before anything changes, and all unknown ones are named at once.
  const checkReferences = (input: { user_id?: string; items?: ItemInput[] }) => {
    const problems: ErrorDetail[] = [];
    if (input.user_id !== undefined && !store.users.get(input.user_id)) {
      problems.push(unknownId('user_id', input.user_id, 'user', resourcePath('users')));
    }
    input.items?.forEach((item, index) => {
      if (!store.products.get(item.product_id)) problems.push(unknownId(`items[${index}].product_id`, item.product_id, 'product', resourcePath('products')));
    });
    if (problems.length > 0) throw validationFailed(problems);
  };

  // Items are priced at the product's current price and keep that price from then on.
  const priced = (items: ItemInput[]) =>
    items.map((item): OrderItemRecord => ({ ...item, unit_price: { ...store.products.get(item.product_id)!.price_money } }));

  const listBody = (orders: OrderRecord[], path: string, query: PageQuery) => {
    const page = paginate(orders, query);
    return {
      data: page.items.map((order) => ({ ...present(order), links: orderLinks(order) })),
      links: pageLinks(path, query, page),
      meta: { count: page.items.length, has_more: page.hasMore },
    };
  };

  return createRouter()
    .openapi(listOrders, (c) => c.json(listBody(store.orders.all(), resourcePath('orders'), c.req.valid('query')), 200))
    .openapi(listUserOrders, (c) => {
      const { id } = c.req.valid('param');
      if (!store.users.get(id)) throw resourceNotFound('user', id, resourcePath('users'));
      const orders = store.orders.all().filter((order) => order.user_id === id);
      return c.json(listBody(orders, resourcePath('users', id, 'orders'), c.req.valid('query')), 200);
    })
    .openapi(createOrder, (c) => {
      const input = c.req.valid('json');
      checkReferences(input);
      const items = priced(input.items);
      const order = store.orders.insert({
        user_id: input.user_id,
        items,
        status: 'pending',
        total: orderTotal(items),
        created_at: new Date(clock.now()).toISOString(),
      });
      c.header('Location', orderLinks(order).self);
      return c.json({ data: present(order), links: orderLinks(order) }, 201);
    })
    .openapi(getOrder, (c) => {
      const order = find(c.req.valid('param').id);
      return c.json({ data: present(order), links: orderLinks(order) }, 200);
    })
    .openapi(updateOrder, (c) => {
      const { id } = c.req.valid('param');
      const changes = c.req.valid('json');
      find(id);
      checkReferences(changes);
      const items = changes.items && priced(changes.items);
      const order = store.orders.update(id, { status: changes.status, ...(items && { items, total: orderTotal(items) }) })!;
      return c.json({ data: present(order), links: orderLinks(order) }, 200);
    })
    .openapi(deleteOrder, (c) => {
      const { id } = c.req.valid('param');
      if (!store.orders.remove(id)) throw resourceNotFound('order', id, resourcePath('orders'));
      return c.body(null, 204);
    });
}

function unknownId(field: string, id: string, noun: string, listPath: string): ErrorDetail {
  return { field, code: 'not_found', message: `${field} ${JSON.stringify(id)} is not the id of any ${noun}; pick one from GET ${listPath}.` };
}
