import type { Clock } from '../store/clock';
import type { OrderRecord } from '../store/records';
import type { Store } from '../store/store';
import { recommend, type Recommendation } from './catalogue';
import { orderHistory } from './order-history';
import { avatarDataUrl, profileExtras, type Preferences, type ProfileExtras } from './profiles';

/**
 * The three "services" behind the BFFs, as in-process async functions over the store. Each
 * waits its configured latency on the sandbox clock before answering, so that calling them
 * one after another visibly costs the sum of the latencies and calling them together costs
 * the largest one. On a manual clock the wait is virtual: tests measure it exactly.
 */

export const UPSTREAM_NAMES = ['user', 'order', 'product'] as const;
export type UpstreamName = (typeof UPSTREAM_NAMES)[number];

export interface UpstreamSettings {
  /** How long each service takes to answer, in ms. */
  latency_ms: Record<UpstreamName, number>;
  /** Services that answer with an error instead (to show partial failure). */
  failing: UpstreamName[];
  /** How long a BFF waits for one service before giving up on it, in ms. */
  timeout_ms: number;
}

/** Latencies of 60–120 ms, like services in one data centre under light load. */
export const DEFAULT_UPSTREAM_SETTINGS: UpstreamSettings = { latency_ms: { user: 80, order: 120, product: 100 }, failing: [], timeout_ms: 500 };

export interface UserProfile extends ProfileExtras {
  id: string;
  name: string;
  first_name: string;
  email: string;
  avatar_url: string;
  member_since: string;
}

export interface OrderPage {
  orders: OrderRecord[];
  /** Over all of the user's orders, not just this page: totals must not depend on the page size. */
  total_count: number;
  total_spent: number;
}

/** The services a BFF may call; every call takes an AbortSignal so a timeout really stops it. */
export interface Upstreams {
  settings(): UpstreamSettings;
  configure(settings: UpstreamSettings): void;
  reset(): void;
  user: {
    profile(userId: string, signal?: AbortSignal): Promise<UserProfile>;
    preferences(userId: string, signal?: AbortSignal): Promise<Preferences>;
  };
  order: { recent(userId: string, limit: number, signal?: AbortSignal): Promise<OrderPage> };
  product: { recommendations(userId: string, limit: number, signal?: AbortSignal): Promise<Recommendation[]> };
}

/** Creates the upstream services of one sandbox, on its store and clock. */
export function createUpstreams(store: Store, clock: Clock): Upstreams {
  let settings = structuredClone(DEFAULT_UPSTREAM_SETTINGS);

  // The service's latency, then its answer, or its injected failure.
  const answer = async <T>(name: UpstreamName, signal: AbortSignal | undefined, produce: () => T): Promise<T> => {
    await clock.sleep(settings.latency_ms[name], signal);
    if (settings.failing.includes(name)) throw new Error('answered 500, a failure injected in the sandbox');
    return produce();
  };

  const findUser = (userId: string) => {
    const user = store.users.get(userId);
    if (!user) throw new Error(`The user service has no user ${userId}.`);
    return user;
  };

  return {
    settings: () => structuredClone(settings),
    configure(next) {
      settings = structuredClone(next);
    },
    reset() {
      settings = structuredClone(DEFAULT_UPSTREAM_SETTINGS);
    },
    user: {
      profile: (userId, signal) =>
        answer('user', signal, () => {
          const user = findUser(userId);
          return { id: user.id, name: user.name, first_name: user.name.split(/\s+/)[0] ?? user.name, email: user.email, avatar_url: avatarDataUrl(user.name), member_since: user.created_at, ...profileExtras(user.id) };
        }),
      preferences: (userId, signal) => answer('user', signal, () => profileExtras(findUser(userId).id).preferences),
    },
    order: {
      recent: (userId, limit, signal) =>
        answer('order', signal, () => {
          const all = orderHistory(store, userId);
          const kept = all.filter((order) => order.status !== 'cancelled');
          return { orders: structuredClone(all.slice(0, limit)), total_count: all.length, total_spent: kept.reduce((sum, order) => sum + order.total.amount, 0) };
        }),
    },
    product: {
      recommendations: (userId, limit, signal) => answer('product', signal, () => recommend(profileExtras(userId).preferences.favourite_categories, limit)),
    },
  };
}
