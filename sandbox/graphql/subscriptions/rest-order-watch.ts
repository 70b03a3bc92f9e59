import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../../store/clock';
import type { Store } from '../../store/store';
import type { OrderEvents } from './order-events';

/**
 * Lets REST writes feed GraphQL subscriptions without the REST routes knowing about
 * GraphQL: around any PATCH, PUT or DELETE of /api/v1/orders/{id}, compare the order's
 * status before and after, and publish the change (or the deletion) if there was one.
 * It must be mounted before the orders routes, so that it wraps them.
 */
export function watchRestOrderWrites(store: Store, events: OrderEvents, clock: Clock): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'PATCH' && c.req.method !== 'PUT' && c.req.method !== 'DELETE') return next();
    const id = c.req.param('id') ?? '';
    const before = store.orders.get(id)?.status;
    await next();
    if (before === undefined) return;
    const after = store.orders.get(id)?.status;
    if (after === undefined) events.publish({ kind: 'removed', orderId: id });
    else if (after !== before) events.publish({ kind: 'changed', orderId: id, previousStatus: before, status: after, changedAt: new Date(clock.now()).toISOString() });
  };
}
