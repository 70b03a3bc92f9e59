import type { OrderItemRecord, OrderRecord, ProductRecord } from '../../../store/records';
import type { Resolver, ResolverMap } from './types';

/** Orders, their items and products; the enum maps GraphQL's names to the store's values. */

const user: Resolver<OrderRecord> = (order, _args, { loaders }) => loaders.user.load(order.user_id);
const product: Resolver<OrderItemRecord> = (item, _args, { loaders }) => loaders.product.load(item.product_id);

export const orderResolvers: ResolverMap = {
  OrderStatus: { PENDING: 'pending', PAID: 'paid', SHIPPED: 'shipped', DELIVERED: 'delivered', CANCELLED: 'cancelled' },
  Order: {
    user,
    createdAt: (order: OrderRecord) => order.created_at,
  },
  OrderItem: {
    product,
    productId: (item: OrderItemRecord) => item.product_id,
    unitPrice: (item: OrderItemRecord) => item.unit_price,
    subtotal: (item: OrderItemRecord) => ({ amount: item.quantity * item.unit_price.amount, currency: item.unit_price.currency }),
  },
  Product: {
    price: (item: ProductRecord) => item.price_money,
    createdAt: (item: ProductRecord) => item.created_at,
  },
};
