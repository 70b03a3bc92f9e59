/**
 * Loads the orders of one user at a time, for one request.
 *
 * @param store  the order store; each ordersByUserIds call is one database round trip
 * @example
 * const loader = createOrdersLoader(store);
 * const orders = await loader.load('usr_1');
 */
export function createOrdersLoader(store: BatchOrderStore): OrdersLoader {
  return {
    // A first draft: correct answers, but one round trip per call, so a page of
    // 25 users costs 25 reads. Run the checks to count them; then batch.
    async load(userId) {
      const result = await store.ordersByUserIds([userId]);
      return result.orders.filter((order) => order.userId === userId);
    },
  };
}
