import { setup } from 'xstate';
import { ORDER_STATUSES, type OrderStatus } from '../store/records';
import { ApiError } from './errors';

/**
 * The order lifecycle, one machine for every door (REST PATCH, the REST action endpoints,
 * GraphQL's updateOrderStatus) and for the HATEOAS `_actions` that advertise the next steps:
 *
 *   pending ──pay──► paid ──ship──► shipped ──deliver──► delivered
 *      └──cancel──► cancelled ◄──cancel──┘
 *
 * Delivered and cancelled are final. Because links and rules read the same machine, an
 * order never offers a move the server would then refuse.
 */

/** The moves, named as verbs: each is also an action endpoint `POST /orders/{id}/{action}`. */
export const ORDER_ACTIONS = ['pay', 'ship', 'deliver', 'cancel'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

type OrderLifecycleEvent = { type: `order.${OrderAction}` };

export const orderLifecycle = setup({ types: { events: {} as OrderLifecycleEvent } }).createMachine({
  id: 'orderLifecycle',
  initial: 'pending',
  states: {
    pending: { on: { 'order.pay': 'paid', 'order.cancel': 'cancelled' } },
    paid: { on: { 'order.ship': 'shipped', 'order.cancel': 'cancelled' } },
    shipped: { on: { 'order.deliver': 'delivered' } },
    delivered: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/** The status each action leads to. */
export const ACTION_RESULT: Readonly<Record<OrderAction, OrderStatus>> = { pay: 'paid', ship: 'shipped', deliver: 'delivered', cancel: 'cancelled' };

const snapshotOf = (status: OrderStatus) => orderLifecycle.resolveState({ value: status });

/** Whether the machine accepts `action` for an order in `status`. */
export function canPerform(status: OrderStatus, action: OrderAction): boolean {
  return snapshotOf(status).can({ type: `order.${action}` });
}

/** The actions an order in `status` accepts, in lifecycle order (empty when final). */
export function allowedActions(status: OrderStatus): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => canPerform(status, action));
}

/** The action that leads into `status`; null for pending, which nothing leads back to. */
export function actionInto(status: OrderStatus): OrderAction | null {
  return ORDER_ACTIONS.find((action) => ACTION_RESULT[action] === status) ?? null;
}

/** Whether an order may move from `from` to `to` in one step. */
export function canMoveTo(from: OrderStatus, to: OrderStatus): boolean {
  const action = actionInto(to);
  return action !== null && canPerform(from, action);
}

/** The statuses an order in `from` may move to next, in lifecycle order (empty when final). */
export function nextStatuses(from: OrderStatus): OrderStatus[] {
  return ORDER_STATUSES.filter((to) => canMoveTo(from, to));
}

/** Whether no change can follow this status. */
export function isFinalStatus(status: OrderStatus): boolean {
  return snapshotOf(status).status === 'done';
}

/**
 * The 409 for a move the lifecycle forbids. It names where the order stands and what it can
 * do instead, so the client does not have to look the lifecycle up.
 */
export function invalidTransition(order: { id: string; status: OrderStatus }, to: OrderStatus, param = 'status'): ApiError {
  const next = allowedActions(order.status);
  const options =
    next.length > 0
      ? `from ${order.status} it can move to ${next.map((action) => `${ACTION_RESULT[action]} (${action})`).join(' or ')}`
      : `${order.status} is final, so its status cannot change any more`;
  return new ApiError('invalid_state_transition', `Order ${order.id} is ${order.status} and cannot become ${to}: ${options}. GET the order: its _actions list what it accepts now.`, {
    param,
  });
}

/** The 409 for a change of items after the order left pending: what was paid for must not change. */
export function itemsLocked(order: { id: string; status: OrderStatus }, param = 'items'): ApiError {
  return new ApiError(
    'invalid_state_transition',
    `Order ${order.id} is ${order.status}; its items can change only while it is pending, because a paid order must stay what was paid for. Place a new order for other items.`,
    { param },
  );
}
