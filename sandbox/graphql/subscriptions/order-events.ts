import type { OrderStatus } from '../../store/records';
import { isFinalStatus } from './order-status-machine';

/**
 * A tiny in-memory event bus for order status changes, one per sandbox. GraphQL
 * mutations and REST writes publish; `orderStatusChanged` subscriptions listen.
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

export class OrderEvents {
  #listeners = new Set<Listener>();

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
      this.#listeners.delete(listener);
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
    this.#listeners.add(listener);

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
}
