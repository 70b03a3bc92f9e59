// Wrong: batches and dedupes, but never looks at result.failures and lets a failed read
// escape: users the store could not read get [], and a rejected read leaves every load hanging.
export function createOrdersLoader(store: BatchOrderStore): OrdersLoader {
  let pending = new Map<string, Array<(orders: BatchOrder[]) => void>>();

  async function dispatch() {
    const batch = pending;
    pending = new Map();
    const result = await store.ordersByUserIds([...batch.keys()]);
    for (const [userId, resolvers] of batch) {
      const orders = result.orders.filter((order) => order.userId === userId);
      resolvers.forEach((resolve) => resolve(orders));
    }
  }

  return {
    load(userId) {
      return new Promise((resolve) => {
        if (pending.size === 0) setTimeout(dispatch, 0);
        pending.set(userId, [...(pending.get(userId) ?? []), resolve]);
      });
    },
  };
}
