import { z } from '@hono/zod-openapi';
import { ORDER_ACTIONS } from '../patterns/order-lifecycle';
import { ORDER_STATUSES } from '../store/records';
import { ListMetaSchema, listSchema, MoneySchema, singleSchema, TimestampSchema } from './common';

const OrderStatusSchema = z.enum(ORDER_STATUSES).openapi('OrderStatus', { description: 'Where the order stands.' });

export const OrderItemSchema = z
  .object({
    id: z.string().openapi({ example: 'itm_1' }),
    product_id: z.string().openapi({ example: 'prd_1' }),
    quantity: z.int().min(1).openapi({ example: 1 }),
    unit_price: MoneySchema.openapi({ description: 'The product’s price when it was ordered.' }),
    links: z.object({ product: z.string().openapi({ example: '/api/v1/products/prd_1' }) }),
  })
  .openapi('OrderItem');

const HypermediaLinkSchema = z.object({ href: z.string().openapi({ example: '/api/v1/orders/ord_4' }) }).openapi('HypermediaLink');

export const OrderActionSchema = z
  .object({
    name: z.enum(ORDER_ACTIONS).openapi({ description: 'What the action does; branch on this.' }),
    method: z.literal('POST'),
    href: z.string().openapi({ example: '/api/v1/orders/ord_4/pay' }),
    title: z.string().openapi({ example: 'Pay the order’s total' }),
  })
  .openapi('OrderAction', { description: 'A step the order accepts now and the caller may take: send method to href.' });

const OrderHypermediaLinksSchema = z
  .object({
    self: HypermediaLinkSchema,
    user: HypermediaLinkSchema,
    items: HypermediaLinkSchema,
    payments: HypermediaLinkSchema,
  })
  .openapi('OrderHypermediaLinks');

export const OrderSchema = z
  .object({
    id: z.string().openapi({ example: 'ord_1' }),
    user_id: z.string().openapi({ example: 'usr_1' }),
    status: OrderStatusSchema,
    items: z.array(OrderItemSchema),
    total: MoneySchema.openapi({ description: 'Sum of quantity × unit_price over the items, computed by the server.' }),
    created_at: TimestampSchema,
    _links: OrderHypermediaLinksSchema,
    _actions: z.array(OrderActionSchema).openapi({
      description:
        'What you may do with the order now, derived from its lifecycle and your permissions. An action listed here succeeds when followed; one that is missing would be refused.',
    }),
  })
  .openapi('Order');

export const OrderLinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/v1/orders/ord_1' }),
    user: z.string().openapi({ description: 'The user who placed the order.', example: '/api/v1/users/usr_1' }),
  })
  .openapi('OrderLinks');

export const OrderResponseSchema = singleSchema('OrderResponse', OrderSchema, OrderLinksSchema);
export const OrderListSchema = listSchema('OrderList', OrderSchema.extend({ links: OrderLinksSchema }).openapi('OrderListItem'), ListMetaSchema);

export const OrderItemInputSchema = z
  .strictObject({
    product_id: z.string().openapi({ description: 'The id of an existing product.', example: 'prd_2' }),
    quantity: z.int().min(1).max(100).openapi({ description: 'From 1 to 100.', example: 2 }),
  })
  .openapi('OrderItemInput');

const ItemsInputSchema = z.array(OrderItemInputSchema).min(1).max(50);

export const OrderCreateSchema = z
  .strictObject({
    user_id: z.string().openapi({ description: 'The id of an existing user.', example: 'usr_1' }),
    items: ItemsInputSchema.openapi({ description: '1 to 50 items. The total is computed from the products’ prices.' }),
  })
  .openapi('OrderCreate', { description: 'New orders start as pending.' });

export const OrderUpdateSchema = z
  .strictObject({
    status: OrderStatusSchema.optional(),
    items: ItemsInputSchema.optional().openapi({ description: 'Replaces all items; the total and unit prices are recomputed.' }),
  })
  .openapi('OrderUpdate', { description: 'Only the fields you send change. An order’s user cannot be changed.' });

export const OrderItemListSchema = listSchema('OrderItemList', OrderItemSchema, ListMetaSchema);

export const OrderItemResponseSchema = z
  .object({
    data: OrderItemSchema,
    links: z.object({
      order: z.string().openapi({ description: 'The order that holds the item; its total now includes it.', example: '/api/v1/orders/ord_1' }),
      product: z.string().openapi({ example: '/api/v1/products/prd_2' }),
    }),
    meta: z.object({ order_total: MoneySchema.openapi({ description: 'The order’s total after the item was added.' }) }),
  })
  .openapi('OrderItemResponse');
