// Wrong: batches, but sends every load's key, so a user loaded three times is read three times.
export function createOrdersLoader(store: BatchOrderStore): OrdersLoader {
  let batch: Array<{ userId: string; resolve: (orders: BatchOrder[]) => void; reject: (error: Error) => void }> = [];

  async function dispatch() {
    const current = batch;
    batch = [];
    try {
      const result = await store.ordersByUserIds(current.map((entry) => entry.userId));
      const failed = new Map(result.failures.map((f) => [f.userId, f.message]));
      for (const entry of current) {
        const message = failed.get(entry.userId);
        if (message !== undefined) entry.reject(new Error(`Could not read the orders of ${entry.userId}: ${message}`));
        else entry.resolve(result.orders.filter((order) => order.userId === entry.userId));
      }
    } catch (error) {
      current.forEach((entry) => entry.reject(error as Error));
    }
  }

  return {
    load(userId) {
      return new Promise((resolve, reject) => {
        if (batch.length === 0) setTimeout(dispatch, 0);
        batch.push({ userId, resolve, reject });
      });
    },
  };
}
