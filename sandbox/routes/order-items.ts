import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { principalOf } from '../auth/authenticate';
import { createRouter, type SandboxEnv } from '../env';
import { resourceNotFound } from '../patterns/errors';
import { IDEMPOTENCY_ERRORS, idempotencyKeyHeader } from '../patterns/idempotency';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { authorizeOrder } from '../patterns/order-actions';
import { itemsLocked } from '../patterns/order-lifecycle';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { validationFailed } from '../patterns/validation';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { OrderItemInputSchema, OrderItemListSchema, OrderItemResponseSchema } from '../schemas/order';
import { plainListing } from '../store/collection';
import type { Store } from '../store/store';
import { presentItem, priceItems, withItems } from './order-view';
import { checkReferences } from './references';

/**
 * An order's items as a sub-collection: `/orders/{id}/items`. Adding an item changes
 * the order, so the response carries the order's new total. An item has no URL of its
 * own (it is part of its order; the API nests no deeper than collection/{id}/collection),
 * so the Location of a new item is its order. Items change only while the order is pending:
 * once paid, the order must stay what was paid for.
 */

const tags = ['Orders'];
const params = idParamSchema('ord', 'order');
// The same limit as when an order is placed with its items.
const MAX_ITEMS = 50;

const listItems = createRoute({
  method: 'get',
  path: '/orders/{id}/items',
  tags,
  summary: 'List an order’s items',
  description: 'The order’s line items in the order they were added, each with its product and quantity. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { params, query: listQuerySchema('itm', 'item') },
  responses: {
    200: listContent(OrderItemListSchema, 'A page of the order’s items, in the order they were added.'),
    ...errorResponses('conflicting_parameters', 'insufficient_permissions', 'resource_not_found', 'validation_failed', 'internal_error'),
  },
});

const addItem = createRoute({
  method: 'post',
  path: '/orders/{id}/items',
  tags,
  summary: 'Add an item to an order',
  description: 'The item is priced at the product’s current price, and the order’s total grows by quantity × that price. Only a pending order takes new items (409 otherwise).',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(OrderItemInputSchema), headers: idempotencyKeyHeader },
  responses: {
    201: { ...jsonContent(OrderItemResponseSchema, 'The new item and the order’s new total. Location is the order.'), headers: locationHeader('/api/v1/orders/ord_1') },
    ...errorResponses('invalid_json', 'insufficient_permissions', 'resource_not_found', 'invalid_state_transition', 'unsupported_media_type', 'validation_failed', 'internal_error', ...IDEMPOTENCY_ERRORS),
  },
});

/** GET and POST /orders/{id}/items. */
export function orderItemRoutes(store: Store) {
  /** The order, if it exists and the caller may do `permission` to it (404 / 403 otherwise). */
  const find = (c: Context<SandboxEnv>, id: string, permission: string) => {
    const order = store.orders.get(id);
    if (!order) throw resourceNotFound('order', id, resourcePath('orders'));
    authorizeOrder(principalOf(c), order, permission);
    return order;
  };

  return createRouter()
    .openapi(listItems, (c) => {
      const order = find(c, c.req.valid('param').id, 'orders:read');
      const page = listPage(plainListing(order.items), c.req.valid('query'), resourcePath('orders', order.id, 'items'));
      return c.json({ data: page.items.map(presentItem), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(addItem, (c) => {
      const order = find(c, c.req.valid('param').id, 'orders:update');
      const input = c.req.valid('json');
      checkReferences([{ field: 'product_id', id: input.product_id, noun: 'product', listPath: resourcePath('products'), exists: (id) => !!store.products.get(id) }]);
      if (order.status !== 'pending') throw itemsLocked(order, 'id');
      if (order.items.length >= MAX_ITEMS) {
        throw validationFailed([
          { field: 'body', code: 'too_big', message: `${order.id} already holds ${MAX_ITEMS} items, the most an order can hold. Place a second order for the rest.` },
        ]);
      }
      const [item] = priceItems(store, [input]);
      const updated = store.orders.update(order.id, withItems([...order.items, item!]))!;
      c.header('Location', resourcePath('orders', order.id));
      return c.json(
        {
          data: presentItem(item!),
          links: { order: resourcePath('orders', order.id), product: resourcePath('products', item!.product_id) },
          meta: { order_total: updated.total },
        },
        201,
      );
    });
}
