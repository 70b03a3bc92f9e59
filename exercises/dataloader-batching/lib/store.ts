/**
 * The order store the grader hands to the learner's loader: seeded, deterministic
 * data, and a log of every read (one read = one database round trip). Rows come back
 * as `WHERE user_id IN (...)` would give them: sorted by time, so users are mixed and
 * their order has nothing to do with the order of the ids asked for.
 */

/** A store the learner reads; the grader counts the reads and can change or break it. */
export interface CountingStore extends BatchOrderStore {
  /** The ids of each read so far, in the order they were asked for. */
  readonly reads: string[][];
  /** Adds an order (as another request might, between two requests). */
  addOrder(order: BatchOrder): void;
  /** Makes reads report these users as failed, with this message. */
  failUsers(userIds: string[], message: string): void;
  /** Makes the next read reject as a whole. */
  failNextRead(error: Error): void;
}

const start = Date.UTC(2026, 0, 5, 9, 0, 0);
const statuses: BatchOrder['status'][] = ['pending', 'paid', 'shipped', 'delivered', 'cancelled'];

/** User number `n`'s id. */
export const userId = (n: number): string => `usr_${n}`;

/** Users 1..count; user n has n % 4 orders (so every fourth user has none), spread over time. */
export function seedOrders(count: number): BatchOrder[] {
  const orders: BatchOrder[] = [];
  for (let n = 1; n <= count; n++) {
    for (let k = 0; k < n % 4; k++) {
      // k days apart, each user at its own minute: one user's orders interleave with others'.
      const at = start + k * 86_400_000 + ((n * 37) % 600) * 60_000;
      orders.push({ id: `ord_${n}_${k + 1}`, userId: userId(n), status: statuses[(n + k) % statuses.length]!, createdAt: new Date(at).toISOString() });
    }
  }
  return orders;
}

/** A store over `initial`; every read is logged and answered after a real (tiny) wait, like a database. */
export function createStore(initial: BatchOrder[]): CountingStore {
  const rows = initial.map((order) => ({ ...order }));
  const reads: string[][] = [];
  const failed = new Map<string, string>();
  let nextReadError: Error | null = null;

  return {
    reads,
    addOrder: (order) => void rows.push({ ...order }),
    failUsers: (userIds, message) => userIds.forEach((id) => failed.set(id, message)),
    failNextRead: (error) => void (nextReadError = error),
    async ordersByUserIds(userIds) {
      if (!Array.isArray(userIds)) {
        throw new TypeError(`ordersByUserIds takes an array of user ids; it was given ${typeof userIds}. Pass every id of the batch in one array.`);
      }
      reads.push([...userIds]);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (nextReadError) {
        const error = nextReadError;
        nextReadError = null;
        throw error;
      }
      const asked = new Set(userIds);
      const orders = rows
        .filter((order) => asked.has(order.userId) && !failed.has(order.userId))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map((order) => ({ ...order }));
      const failures = [...asked].filter((id) => failed.has(id)).map((id) => ({ userId: id, message: failed.get(id)! }));
      return { orders, failures };
    },
  };
}

/** What load(userId) should resolve to: that user's orders, oldest first. */
export function expectedOrders(orders: BatchOrder[], id: string): BatchOrder[] {
  return orders.filter((order) => order.userId === id).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
