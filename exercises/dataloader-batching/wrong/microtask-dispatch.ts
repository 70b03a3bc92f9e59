// Wrong: sends the batch with queueMicrotask. Loads made after a resolver awaited
// something arrive after the batch has already gone, and get reads of their own.
export function createOrdersLoader(store: BatchOrderStore): OrdersLoader {
  let pending = new Map<string, Array<{ resolve: (orders: BatchOrder[]) => void; reject: (error: Error) => void }>>();

  async function dispatch() {
    const batch = pending;
    pending = new Map();
    try {
      const result = await store.ordersByUserIds([...batch.keys()]);
      const failed = new Map(result.failures.map((f) => [f.userId, f.message]));
      for (const [userId, waiters] of batch) {
        const message = failed.get(userId);
        const orders = result.orders.filter((order) => order.userId === userId);
        for (const waiter of waiters) {
          if (message !== undefined) waiter.reject(new Error(`Could not read the orders of ${userId}: ${message}`));
          else waiter.resolve(orders);
        }
      }
    } catch (error) {
      for (const waiters of batch.values()) waiters.forEach((w) => w.reject(error as Error));
    }
  }

  return {
    load(userId) {
      return new Promise((resolve, reject) => {
        if (pending.size === 0) queueMicrotask(dispatch);
        pending.set(userId, [...(pending.get(userId) ?? []), { resolve, reject }]);
      });
    },
  };
}
