// Wrong: caches answers at module level "to save reads". Every request after the first
// gets stale orders, and one user's data can reach another request.
const cache = new Map<string, Promise<BatchOrder[]>>();

export function createOrdersLoader(store: BatchOrderStore): OrdersLoader {
  let pending = new Map<string, { resolve: (orders: BatchOrder[]) => void; reject: (error: Error) => void }>();

  async function dispatch() {
    const batch = pending;
    pending = new Map();
    try {
      const result = await store.ordersByUserIds([...batch.keys()]);
      const failed = new Map(result.failures.map((f) => [f.userId, f.message]));
      for (const [userId, waiter] of batch) {
        const message = failed.get(userId);
        if (message !== undefined) waiter.reject(new Error(`Could not read the orders of ${userId}: ${message}`));
        else waiter.resolve(result.orders.filter((order) => order.userId === userId));
      }
    } catch (error) {
      for (const waiter of batch.values()) waiter.reject(error as Error);
    }
  }

  return {
    load(userId) {
      const cached = cache.get(userId);
      if (cached) return cached;
      const promise = new Promise<BatchOrder[]>((resolve, reject) => {
        if (pending.size === 0) setTimeout(dispatch, 0);
        pending.set(userId, { resolve, reject });
      });
      // Forget failures, so a user whose read failed is read again.
      promise.catch(() => cache.delete(userId));
      cache.set(userId, promise);
      return promise;
    },
  };
}
