import { ORDERS, PREFERENCES, PROFILES, RECOMMENDABLE } from './shop-data';
import type { VirtualClock } from './virtual-clock';

/**
 * The upstream services handed to the learner's functions: each call sleeps its latency on
 * the virtual clock and is recorded with its start and end, so a check can say exactly
 * which calls waited for which.
 */

export const LATENCY_MS = { 'users.getProfile': 80, 'users.getPreferences': 60, 'orders.listOrders': 120, 'products.getRecommendations': 100 } as const;
export type ServiceCall = keyof typeof LATENCY_MS;

export interface CallWindow {
  call: ServiceCall;
  start: number;
  end: number;
  args: unknown[];
}

export interface GradingServices {
  services: ShopServices;
  calls: CallWindow[];
}

/** Services on `clock`; the calls named in `failing` reject after their latency. */
export function createServices(clock: VirtualClock, failing: readonly ServiceCall[] = []): GradingServices {
  const calls: CallWindow[] = [];
  const timed = <T>(call: ServiceCall, args: unknown[], answer: () => T): Promise<T> => {
    const window: CallWindow = { call, start: clock.now(), end: Number.NaN, args };
    calls.push(window);
    return clock.sleep(LATENCY_MS[call]).then(() => {
      window.end = clock.now();
      if (failing.includes(call)) throw new Error(`${call} failed: 503 Service Unavailable`);
      return structuredClone(answer());
    });
  };
  const known = (userId: string) => {
    if (!PROFILES[userId]) throw new Error(`no customer ${JSON.stringify(userId)}`);
    return userId;
  };
  const limitOf = (options: { limit: number } | undefined, max: number) => Math.min(max, Math.max(0, Math.floor(Number(options?.limit ?? max)) || 0));
  const services: ShopServices = {
    users: {
      getProfile: (userId) => timed('users.getProfile', [userId], () => PROFILES[known(userId)]!),
      getPreferences: (userId) => timed('users.getPreferences', [userId], () => PREFERENCES[known(userId)]!),
    },
    orders: {
      listOrders: (userId, options) =>
        timed('orders.listOrders', [userId, options], () => {
          const all = ORDERS[known(userId)]!;
          return { orders: all.slice(0, limitOf(options, 50)), total_count: all.length, total_spent_cents: all.filter((o) => o.status !== 'cancelled').reduce((sum, o) => sum + o.total_cents, 0) };
        }),
    },
    products: {
      getRecommendations: (userId, options) => timed('products.getRecommendations', [userId, options], () => (known(userId), RECOMMENDABLE.slice(0, limitOf(options, 16)))),
    },
  };
  return { services, calls };
}
