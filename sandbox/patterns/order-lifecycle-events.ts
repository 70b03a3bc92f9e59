import type { EventLog } from '../events/event-log';
import type { OrderRecord, OrderStatus } from '../store/records';
import type { Store } from '../store/store';
import { canMoveTo, invalidTransition } from './order-lifecycle';

/**
 * Order changes as events on the sandbox's one feed (runtime.events). Every door that changes
 * an order (REST, the action endpoints, payments, GraphQL) calls these functions, so polling,
 * SSE, WebSockets, webhooks and GraphQL subscriptions all hear the same change exactly once.
 */

/** The event published when an order reaches each status. */
export const ORDER_EVENT_TYPES: Readonly<Record<OrderStatus, string>> = {
  pending: 'order.created',
  paid: 'order.paid',
  shipped: 'order.shipped',
  delivered: 'order.delivered',
  cancelled: 'order.cancelled',
};

export const ORDER_DELETED = 'order.deleted';

/** The payload of every order.* event. */
export interface OrderEventData {
  order_id: string;
  status: OrderStatus;
  previous_status?: OrderStatus;
  user_id: string;
}

/** Publishes that a new order exists (`order.created`). */
export function publishOrderCreated(events: EventLog, order: OrderRecord): void {
  events.publish(ORDER_EVENT_TYPES[order.status], { order_id: order.id, status: order.status, user_id: order.user_id } satisfies OrderEventData);
}

/** Publishes that an order is gone (`order.deleted`), with the status it had. */
export function publishOrderDeleted(events: EventLog, order: OrderRecord): void {
  events.publish(ORDER_DELETED, { order_id: order.id, status: order.status, user_id: order.user_id } satisfies OrderEventData);
}

/**
 * Moves an order to `to` if the lifecycle allows it (409 invalid_state_transition if not),
 * stores the change and publishes it. Returns the order as stored.
 */
export function moveOrder(store: Store, events: EventLog, order: OrderRecord, to: OrderStatus, param?: string): OrderRecord {
  if (!canMoveTo(order.status, to)) throw invalidTransition(order, to, param);
  const moved = store.orders.update(order.id, { status: to })!;
  events.publish(ORDER_EVENT_TYPES[to], { order_id: order.id, status: to, previous_status: order.status, user_id: order.user_id } satisfies OrderEventData);
  return moved;
}
