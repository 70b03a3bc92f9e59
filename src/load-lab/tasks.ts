/**
 * What a virtual user does, as weighted tasks in the manner of a Locust user class: the
 * weight is how often a task is picked relative to the others, so with weights 3, 2, 1 and 2
 * listing users happens three times as often as creating an order. Each task builds one
 * request from the user's own state (the order it created last, for instance).
 */

/** One request a task sends. */
export interface TaskRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** What a virtual user remembers between its requests. */
export interface UserState {
  /** The id of the last order this user created, once it has created one. */
  orderId?: string;
}

export interface LoadTask {
  name: string;
  /** Relative frequency, a whole number ≥ 1. */
  weight: number;
  /** The request to send, given the user's state and a random number source in [0, 1). */
  request(state: UserState, random: () => number): TaskRequest;
  /** Updates the user's state from a successful answer (optional). */
  remember?(state: UserState, body: unknown): void;
}

const pick = <T,>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

const SEED_USERS = ['usr_1', 'usr_2', 'usr_3'] as const;
const SEED_PRODUCTS = ['prd_1', 'prd_2', 'prd_3', 'prd_4'] as const;

/** The shop scenario: mostly reads, some writes, and reads of what the user wrote. */
export const SHOP_TASKS: readonly LoadTask[] = [
  { name: 'list users', weight: 3, request: () => ({ method: 'GET', path: '/api/v1/users?limit=10' }) },
  { name: 'get one user', weight: 2, request: (_, random) => ({ method: 'GET', path: `/api/v1/users/${pick(SEED_USERS, random)}` }) },
  {
    name: 'create order',
    weight: 1,
    request: (_, random) => ({
      method: 'POST',
      path: '/api/v1/orders',
      body: { user_id: pick(SEED_USERS, random), items: [{ product_id: pick(SEED_PRODUCTS, random), quantity: 1 + Math.floor(random() * 3) }] },
    }),
    remember(state, body) {
      const id = (body as { data?: { id?: unknown } } | null)?.data?.id;
      if (typeof id === 'string') state.orderId = id;
    },
  },
  {
    name: 'get own order',
    weight: 2,
    // Until the user has created an order it reads a seed order, as a returning customer would.
    request: (state) => ({ method: 'GET', path: `/api/v1/orders/${state.orderId ?? 'ord_1'}` }),
  },
];

/** The stress scenario: quick reads of the three collections, as the guide's stress user does. */
export const STRESS_TASKS: readonly LoadTask[] = [
  { name: 'list users', weight: 1, request: () => ({ method: 'GET', path: '/api/v1/users' }) },
  { name: 'list orders', weight: 1, request: () => ({ method: 'GET', path: '/api/v1/orders' }) },
  { name: 'list products', weight: 1, request: () => ({ method: 'GET', path: '/api/v1/products' }) },
];

/** Picks a task with probability weight / total weight. */
export function pickTask(tasks: readonly LoadTask[], random: () => number): LoadTask {
  const total = tasks.reduce((sum, task) => sum + task.weight, 0);
  let point = random() * total;
  for (const task of tasks) {
    point -= task.weight;
    if (point < 0) return task;
  }
  return tasks[tasks.length - 1]!;
}
