import type { Principal } from '../auth/principal';
import { can } from '../auth/rbac';
import type { SandboxEvent } from '../events/event-log';
import type { Store } from '../store/store';
import { typesFilter } from './topics';

/**
 * Who may see which event. A feed is a read of the resources its events describe, so it
 * obeys the same permission as reading them: an `order.*` event reaches a caller only if
 * `orders:read` allows that order (a member with `orders:read:own` sees the events of their
 * own orders, not everyone's). Without this, a subscription would be a side door around
 * the checks of GET /orders/{id}.
 */

/** A predicate for the events `principal` may receive. */
export function visibleTo(principal: Principal, store: Store): (event: SandboxEvent) => boolean {
  return (event) => {
    if (!event.type.startsWith('order.')) return true;
    const data = (event.data ?? {}) as { user_id?: unknown; order_id?: unknown };
    // Location updates carry no user_id: the owner is the order's, while the order exists.
    const owner = typeof data.user_id === 'string' ? data.user_id : typeof data.order_id === 'string' ? (store.orders.get(data.order_id)?.user_id ?? null) : null;
    return can(principal, 'orders:read', { ownerId: owner });
  };
}

/** The filter of one feed request: the `types=` the caller asked for, among the events it may see. */
export function feedFilter(types: string | undefined, principal: Principal, store: Store): (event: SandboxEvent) => boolean {
  const selected = typesFilter(types);
  const visible = visibleTo(principal, store);
  return (event) => selected(event) && visible(event);
}
