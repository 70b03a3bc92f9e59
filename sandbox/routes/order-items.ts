import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
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
 * so the Location of a new item is its order.
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
  middleware: [onePaginationStyle()] as const,
  request: { params, query: listQuerySchema('itm', 'item') },
  responses: {
    200: listContent(OrderItemListSchema, 'A page of the order’s items, in the order they were added.'),
    ...errorResponses('conflicting_parameters', 'resource_not_found', 'validation_failed', 'internal_error'),
  },
});

const addItem = createRoute({
  method: 'post',
  path: '/orders/{id}/items',
  tags,
  summary: 'Add an item to an order',
  description: 'The item is priced at the product’s current price, and the order’s total grows by quantity × that price.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(OrderItemInputSchema) },
  responses: {
    201: { ...jsonContent(OrderItemResponseSchema, 'The new item and the order’s new total. Location is the order.'), headers: locationHeader('/api/v1/orders/ord_1') },
    ...errorResponses('invalid_json', 'resource_not_found', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

/** GET and POST /orders/{id}/items. */
export function orderItemRoutes(store: Store) {
  const find = (id: string) => {
    const order = store.orders.get(id);
    if (!order) throw resourceNotFound('order', id, resourcePath('orders'));
    return order;
  };

  return createRouter()
    .openapi(listItems, (c) => {
      const order = find(c.req.valid('param').id);
      const page = listPage(plainListing(order.items), c.req.valid('query'), resourcePath('orders', order.id, 'items'));
      return c.json({ data: page.items.map(presentItem), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(addItem, (c) => {
      const order = find(c.req.valid('param').id);
      const input = c.req.valid('json');
      checkReferences([{ field: 'product_id', id: input.product_id, noun: 'product', listPath: resourcePath('products'), exists: (id) => !!store.products.get(id) }]);
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
