import type { EventLog, SandboxEvent } from '../../events/event-log';
import { ORDER_DELETED, type OrderEventData } from '../../patterns/order-lifecycle-events';
import type { OrderStatus } from '../../store/records';
import { isFinalStatus } from './order-status-machine';

/**
 * The order status changes that `orderStatusChanged` subscriptions listen to, one bus per
 * sandbox. Changes are not published here directly: every door (REST, GraphQL mutations,
 * payments) publishes to the sandbox's one event feed, and the bus listens to that feed
 * while (and only while) some subscription is open.
 */

export interface OrderStatusChange {
  orderId: string;
  previousStatus: OrderStatus;
  status: OrderStatus;
  changedAt: string;
}

/** What the bus carries: a change, or the news that an order is gone. */
export type OrderEvent = ({ kind: 'changed' } & OrderStatusChange) | { kind: 'removed'; orderId: string };

type Listener = (event: OrderEvent) => void;

/** The bus's view of an order.* event from the feed; null for events it does not carry. */
export function orderEventFromFeed(event: SandboxEvent): OrderEvent | null {
  if (!event.type.startsWith('order.')) return null;
  const data = event.data as OrderEventData;
  if (event.type === ORDER_DELETED) return { kind: 'removed', orderId: data.order_id };
  if (data.previous_status === undefined) return null; // order.created and order.location_updated are not status changes
  return { kind: 'changed', orderId: data.order_id, previousStatus: data.previous_status, status: data.status, changedAt: event.occurred_at };
}

export class OrderEvents {
  #listeners = new Set<Listener>();
  #stopFeed: (() => void) | null = null;

  /** @param feed the sandbox's event log to listen to; without one, only `publish` feeds the bus. */
  constructor(private readonly feed?: EventLog) {}

  /** Tells every listener; listeners for other orders ignore it. */
  publish(event: OrderEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }

  /** How many streams are listening now (a closed stream must bring this back down). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  /**
   * The changes of one order, as an async iterator that ends by itself after the order
   * reaches a final status or is deleted. `return()` (a client that disconnects) stops it
   * at once, even while it waits: an async generator could not, because it would first
   * wait for the next event.
   */
  statusChanges(orderId: string): AsyncIterableIterator<OrderStatusChange> {
    const queue: OrderStatusChange[] = [];
    let waiting: ((result: IteratorResult<OrderStatusChange>) => void) | null = null;
    let ending = false; // the last change is queued; finish after it is taken
    let done = false;

    const finish = (): IteratorResult<OrderStatusChange> => {
      done = true;
      queue.length = 0;
      this.#removeListener(listener);
      waiting?.({ done: true, value: undefined });
      waiting = null;
      return { done: true, value: undefined };
    };

    const listener: Listener = (event) => {
      if (event.orderId !== orderId || ending) return;
      if (event.kind === 'removed') {
        ending = true;
      } else {
        ending = isFinalStatus(event.status);
        const { kind: _kind, ...change } = event;
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ done: false, value: change });
          return;
        }
        queue.push(change);
        return;
      }
      if (queue.length === 0) finish();
    };
    this.#addListener(listener);

    const iterator: AsyncIterableIterator<OrderStatusChange> = {
      next: async () => {
        if (done) return { done: true, value: undefined };
        const queued = queue.shift();
        if (queued) return { done: false, value: queued };
        if (ending) return finish();
        return new Promise((resolve) => (waiting = resolve));
      },
      return: async () => finish(),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  // Listening to the feed only while someone listens here keeps the feed's subscriber count
  // honest: a sandbox without open subscriptions has no hidden listener on it.
  #addListener(listener: Listener): void {
    this.#listeners.add(listener);
    if (this.feed && !this.#stopFeed) {
      this.#stopFeed = this.feed.subscribe((event) => {
        const converted = orderEventFromFeed(event);
        if (converted) this.publish(converted);
      });
    }
  }

  #removeListener(listener: Listener): void {
    this.#listeners.delete(listener);
    if (this.#listeners.size === 0 && this.#stopFeed) {
      this.#stopFeed();
      this.#stopFeed = null;
    }
  }
}
