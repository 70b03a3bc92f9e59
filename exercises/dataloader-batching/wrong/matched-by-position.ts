// Wrong: groups the rows by user in the order they come back and hands group i to key i.
// The store leaves out users without orders and sorts rows by time, so groups shift.
export function createOrdersLoader(store: BatchOrderStore): OrdersLoader {
  let keys: string[] = [];
  let waiters: Array<{ resolve: (orders: BatchOrder[]) => void; reject: (error: Error) => void }> = [];

  async function dispatch() {
    const batchKeys = keys;
    const batchWaiters = waiters;
    keys = [];
    waiters = [];
    try {
      const result = await store.ordersByUserIds(batchKeys);
      const groups = new Map<string, BatchOrder[]>();
      for (const order of result.orders) groups.set(order.userId, [...(groups.get(order.userId) ?? []), order]);
      const inOrder = [...groups.values()];
      batchWaiters.forEach((waiter, i) => waiter.resolve(inOrder[i] ?? []));
    } catch (error) {
      batchWaiters.forEach((waiter) => waiter.reject(error as Error));
    }
  }

  return {
    load(userId) {
      return new Promise((resolve, reject) => {
        if (keys.length === 0) setTimeout(dispatch, 0);
        keys.push(userId);
        waiters.push({ resolve, reject });
      });
    },
  };
}
