import type { OrderStatusChange } from '../../subscriptions/order-events';
import { isFinalStatus } from '../../subscriptions/order-status-machine';
import { clientError, notFound } from '../errors';
import type { Resolver, ResolverMap } from './types';

/**
 * `orderStatusChanged(orderId)`: checks the order once, then hands graphql-js the
 * order's stream of changes. Each change is then executed like a small query, with
 * fresh loaders so that every event reads current data and reports its own reads.
 */

const subscribe: Resolver<unknown, { orderId: string }> = async (_root, { orderId }, { reader, events }) => {
  const order = reader.ordersById([orderId])[0];
  if (!order) throw notFound('order', orderId, 'Find one with { orders { nodes { id status } } }.');
  if (isFinalStatus(order.status)) {
    throw clientError('BAD_USER_INPUT', `Order ${orderId} is ${order.status.toUpperCase()}, a final status: it will not change again, so there is nothing to wait for.`, {
      argument: 'orderId',
    });
  }
  return events.statusChanges(orderId);
};

const resolve: Resolver<OrderStatusChange> = (change, _args, context) => {
  context.renew();
  return change;
};

export const subscriptionResolvers: ResolverMap = {
  Subscription: { orderStatusChanged: { subscribe, resolve } },
  OrderStatusChange: {
    order: ((change, _args, { loaders }) => loaders.order.load(change.orderId)) satisfies Resolver<OrderStatusChange>,
  },
};
