import { insufficientPermissions } from '../auth/permissions';
import type { Principal } from '../auth/principal';
import { can } from '../auth/rbac';
import type { OrderRecord } from '../store/records';
import { resourceNotFound } from './errors';
import { hypermediaLinks, type HypermediaAction } from './hateoas';
import { resourcePath } from './links';
import { ORDER_ACTIONS, canPerform, type OrderAction } from './order-lifecycle';

/**
 * What a caller may do with an order, from two sources that must both agree:
 * the lifecycle (can the order take this step now?) and the caller's permissions
 * (`orders:<action>`, where `:own` grants count only on the caller's own orders).
 * `_actions` lists exactly the steps that pass both, and the action endpoints check
 * the same two things, so an offered action succeeds and a withheld one fails.
 */

const TITLES: Readonly<Record<OrderAction, string>> = {
  pay: 'Pay the order’s total',
  ship: 'Mark the order as shipped',
  deliver: 'Mark the order as delivered',
  cancel: 'Cancel the order',
};

type OrderRef = Pick<OrderRecord, 'id' | 'user_id' | 'status'>;

const ownerOf = (order: Pick<OrderRecord, 'user_id'>) => ({ ownerId: order.user_id });

/** The permission an action needs: `orders:pay`, `orders:cancel`, ... */
export function actionPermission(action: OrderAction): string {
  return `orders:${action}`;
}

/** Whether the principal may see the order at all (orders:read, or orders:read:own on its own orders). */
export function canReadOrder(principal: Principal, order: Pick<OrderRecord, 'user_id'>): boolean {
  return can(principal, 'orders:read', ownerOf(order));
}

/** The actions the lifecycle accepts now AND the principal is allowed, in lifecycle order. */
export function offeredActions(order: OrderRef, principal: Principal): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => canPerform(order.status, action) && can(principal, actionPermission(action), ownerOf(order)));
}

/** `_links` and `_actions` of one order, for one caller. */
export function orderHypermedia(order: OrderRef, principal: Principal) {
  const _actions: HypermediaAction[] = offeredActions(order, principal).map((action) => ({
    name: action,
    method: 'POST',
    href: resourcePath('orders', order.id, action),
    title: TITLES[action],
  }));
  const _links = hypermediaLinks({
    self: resourcePath('orders', order.id),
    user: resourcePath('users', order.user_id),
    items: resourcePath('orders', order.id, 'items'),
    payments: resourcePath('orders', order.id, 'payments'),
  });
  return { _links, _actions };
}

/**
 * Checks that the principal may do `permission` to the order. An order the caller may not
 * even read answers 404, exactly like a missing one (no confirming that someone else's order
 * exists); one it may read but not change answers 403, naming the permission.
 */
export function authorizeOrder(principal: Principal, order: OrderRecord, permission: string): void {
  if (!canReadOrder(principal, order)) throw resourceNotFound('order', order.id, resourcePath('orders'));
  // The 403 says whether the roles, the ownership or the credential's scopes stand in the way.
  if (!can(principal, permission, ownerOf(order))) throw insufficientPermissions(principal, permission, { ...ownerOf(order), label: `order ${order.id}` });
}
