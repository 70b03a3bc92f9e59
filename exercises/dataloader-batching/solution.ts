/**
 * A per-request batch loader for "orders of a user": every load made before the engine
 * goes idle is collected, and one store read answers them all.
 *
 * @example
 * const loader = createOrdersLoader(store); // one per request
 * const [ada, grace] = await Promise.all([loader.load('usr_1'), loader.load('usr_2')]); // one read
 */
export function createOrdersLoader(store: BatchOrderStore): OrdersLoader {
  // Keys waiting for the next read, each with the callers waiting on it. A Map keeps
  // the first-asked order and makes a repeated key share one entry (dedupe).
  let pending = new Map<string, Array<{ resolve: (orders: BatchOrder[]) => void; reject: (error: Error) => void }>>();

  async function dispatch(): Promise<void> {
    const batch = pending;
    pending = new Map();
    const userIds = [...batch.keys()];
    let result: BatchReadResult;
    try {
      result = await store.ordersByUserIds(userIds);
    } catch (error) {
      // The whole read failed: every caller of this batch hears about it, none hangs.
      const reason = error instanceof Error ? error : new Error(String(error));
      for (const waiters of batch.values()) waiters.forEach((waiter) => waiter.reject(reason));
      return;
    }
    const failed = new Map(result.failures.map((failure) => [failure.userId, failure.message]));
    for (const [userId, waiters] of batch) {
      const message = failed.get(userId);
      if (message !== undefined) {
        const error = new Error(`Could not read the orders of ${userId}: ${message}`);
        waiters.forEach((waiter) => waiter.reject(error));
        continue;
      }
      // Match rows to keys by userId, never by position: the store's order is not ours.
      const orders = result.orders.filter((order) => order.userId === userId);
      waiters.forEach((waiter) => waiter.resolve(orders.map((order) => ({ ...order }))));
    }
  }

  return {
    load(userId) {
      return new Promise((resolve, reject) => {
        // setTimeout, not queueMicrotask: it runs after every pending promise callback,
        // so resolvers that await something before calling load still join this batch.
        if (pending.size === 0) setTimeout(dispatch, 0);
        const waiters = pending.get(userId) ?? [];
        waiters.push({ resolve, reject });
        pending.set(userId, waiters);
      });
    },
  };
}
