// Types the editor knows about while you solve "dataloader-batching". They are global:
// use them in your code without importing anything.

/** One order, as the store returns it. */
interface BatchOrder {
  id: string;
  /** Whose order it is. */
  userId: string;
  status: 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled';
  /** RFC 3339 instant the order was placed. */
  createdAt: string;
}

/** What one read of the store returns. */
interface BatchReadResult {
  /**
   * The orders of the users asked for, like the rows of `WHERE user_id IN (...)`: in no
   * particular order, mixed across users. Users without orders (or who do not exist)
   * simply have no rows.
   */
  orders: BatchOrder[];
  /**
   * Users whose orders could not be read in this call (their database shard did not
   * answer), with the reason. Their orders are missing from `orders`; the other users' are complete.
   */
  failures: { userId: string; message: string }[];
}

/** The order store the checks hand you. Every call is one database round trip, and the checks count them. */
interface BatchOrderStore {
  /**
   * Reads the orders of all `userIds` in one round trip. Within one user, rows come
   * oldest first. Rejects when the whole read fails (the database is down).
   */
  ordersByUserIds(userIds: string[]): Promise<BatchReadResult>;
}

/** What createOrdersLoader returns: one per request. */
interface OrdersLoader {
  /** The orders of one user, oldest first; `[]` when the user has none or does not exist. */
  load(userId: string): Promise<BatchOrder[]>;
}
