import { setup } from 'xstate';
import { ORDER_STATUSES, type OrderStatus } from '../../store/records';

/**
 * The order lifecycle the GraphQL mutation `updateOrderStatus` enforces:
 *
 *   pending ──pay──► paid ──ship──► shipped ──deliver──► delivered
 *      └──cancel──► cancelled ◄──cancel──┘
 *
 * Delivered and cancelled are final: nothing moves an order out of them, which is
 * also when an `orderStatusChanged` subscription ends.
 */

type OrderStatusEvent = { type: 'order.pay' } | { type: 'order.ship' } | { type: 'order.deliver' } | { type: 'order.cancel' };

export const orderStatusMachine = setup({ types: { events: {} as OrderStatusEvent } }).createMachine({
  id: 'orderStatus',
  initial: 'pending',
  states: {
    pending: { on: { 'order.pay': 'paid', 'order.cancel': 'cancelled' } },
    paid: { on: { 'order.ship': 'shipped', 'order.cancel': 'cancelled' } },
    shipped: { on: { 'order.deliver': 'delivered' } },
    delivered: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

// The event that leads into each status; nothing leads back to pending.
const EVENT_INTO: Record<OrderStatus, OrderStatusEvent | null> = {
  pending: null,
  paid: { type: 'order.pay' },
  shipped: { type: 'order.ship' },
  delivered: { type: 'order.deliver' },
  cancelled: { type: 'order.cancel' },
};

/** Whether an order may move from `from` to `to` in one step. */
export function canMoveTo(from: OrderStatus, to: OrderStatus): boolean {
  const event = EVENT_INTO[to];
  return event !== null && orderStatusMachine.resolveState({ value: from }).can(event);
}

/** The statuses an order in `from` may move to next, in lifecycle order (empty when final). */
export function nextStatuses(from: OrderStatus): OrderStatus[] {
  return ORDER_STATUSES.filter((to) => canMoveTo(from, to));
}

/** Whether no change can follow this status. */
export function isFinalStatus(status: OrderStatus): boolean {
  return orderStatusMachine.resolveState({ value: status }).status === 'done';
}
