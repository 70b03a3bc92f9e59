import { ApiError } from '../patterns/errors';
import type { Clock } from '../store/clock';
import type { OrderRecord } from '../store/records';
import type { Store } from '../store/store';
import { gatherUpstreams, type CallOutcome } from './gather';
import { localDate } from './profiles';
import type { Upstreams } from './upstreams';
import type { Viewer } from './viewer';

/**
 * The three BFFs: one per kind of client, each asking the same services for what its screen
 * needs, in parallel, and shaping the answer for that client. What may degrade:
 * - the profile is required everywhere: without it there is no dashboard (503);
 * - mobile and web: orders, recommendations and preferences may be missing; the section is
 *   then `null` and `meta.degraded` names it with the reason, and the status stays 200;
 * - partners: nothing degrades. A third party stores what it gets, so a partial answer would
 *   look like deleted orders: any failing service makes the whole call a 503.
 */

export interface Degraded {
  section: string;
  reason: 'timeout' | 'error';
}

/** Builds the mobile dashboard: first name, avatar, tier, five recent orders, ten recommendations. */
export async function mobileDashboard(upstreams: Upstreams, clock: Clock, viewer: Viewer) {
  const id = viewer.user_id;
  const gathered = await gatherUpstreams(
    clock,
    { user: (s) => upstreams.user.profile(id, s), orders: (s) => upstreams.order.recent(id, 5, s), recommendations: (s) => upstreams.product.recommendations(id, 10, s) },
    upstreams.settings().timeout_ms,
  );
  const { user, orders, recommendations } = gathered.results;
  const profile = required(user, 'user');
  const degraded: Degraded[] = [];
  const body = {
    user: { first_name: profile.first_name, avatar_url: profile.avatar_url, membership_tier: profile.membership_tier },
    recent_orders: optional(orders, 'recent_orders', degraded, (page) =>
      page.orders.map((order) => ({ id: order.id, status: order.status, date: localDate(order.created_at, profile.time_zone), item_count: itemCount(order), total: order.total })),
    ),
    recommendations: optional(recommendations, 'recommendations', degraded, (items) => items.map((item) => ({ id: item.id, name: item.name, price: item.price, rating: item.rating }))),
    meta: { viewer, degraded },
  };
  return { body, timings: gathered.timings, total_ms: gathered.total_ms };
}

/** Builds the web dashboard: full profile, twenty orders with their items, preferences, recommendations with reasons, totals. */
export async function webDashboard(upstreams: Upstreams, clock: Clock, store: Store, viewer: Viewer) {
  const id = viewer.user_id;
  const gathered = await gatherUpstreams(
    clock,
    {
      user: (s) => upstreams.user.profile(id, s),
      orders: (s) => upstreams.order.recent(id, 20, s),
      recommendations: (s) => upstreams.product.recommendations(id, 10, s),
      preferences: (s) => upstreams.user.preferences(id, s),
    },
    upstreams.settings().timeout_ms,
  );
  const { user, orders, recommendations, preferences } = gathered.results;
  const profile = required(user, 'user');
  const degraded: Degraded[] = [];
  const productName = (productId: string) => store.products.get(productId)?.name ?? null;
  const body = {
    user: { id: profile.id, name: profile.name, first_name: profile.first_name, email: profile.email, avatar_url: profile.avatar_url, membership_tier: profile.membership_tier, member_since: profile.member_since, time_zone: profile.time_zone },
    orders: optional(orders, 'orders', degraded, (page) =>
      page.orders.map((order) => ({
        id: order.id,
        status: order.status,
        created_at: order.created_at,
        local_date: localDate(order.created_at, profile.time_zone),
        items: order.items.map((item) => ({ product_id: item.product_id, product_name: productName(item.product_id), quantity: item.quantity, unit_price: item.unit_price })),
        total: order.total,
      })),
    ),
    recommendations: optional(recommendations, 'recommendations', degraded, (items) => items.map((item) => ({ id: item.id, name: item.name, category: item.category, price: item.price, rating: item.rating, ratings_count: item.ratings_count, reason: item.reason }))),
    preferences: optional(preferences, 'preferences', degraded, (value) => value),
    analytics: optional(orders, 'analytics', degraded, (page) => ({
      total_orders: page.total_count,
      total_spent: { amount: page.total_spent, currency: 'EUR' as const },
      average_order_value: { amount: page.total_count === 0 ? 0 : Math.round(page.total_spent / page.total_count), currency: 'EUR' as const },
    })),
    meta: { viewer, degraded },
  };
  return { body, timings: gathered.timings, total_ms: gathered.total_ms };
}

/** The partner format, version 1: snake_case, ISO 8601 dates, amounts in minor units; never partial. */
export async function partnerOrderSummary(upstreams: Upstreams, clock: Clock, viewer: Viewer, generatedAt: string) {
  const id = viewer.user_id;
  const gathered = await gatherUpstreams(clock, { user: (s) => upstreams.user.profile(id, s), orders: (s) => upstreams.order.recent(id, 20, s) }, upstreams.settings().timeout_ms);
  const profile = required(gathered.results.user, 'user');
  const page = required(gathered.results.orders, 'order');
  const body = {
    api_version: '1' as const,
    generated_at: generatedAt,
    customer: { customer_id: profile.id, display_name: profile.name, membership_tier: profile.membership_tier, member_since: profile.member_since, time_zone: profile.time_zone },
    orders: page.orders.map((order) => ({
      order_id: order.id,
      status: order.status,
      placed_at: order.created_at,
      placed_on: localDate(order.created_at, profile.time_zone),
      item_count: itemCount(order),
      total_amount_minor: order.total.amount,
      currency: order.total.currency,
    })),
    total_orders: page.total_count,
  };
  return { body, timings: gathered.timings, total_ms: gathered.total_ms };
}

function itemCount(order: OrderRecord): number {
  return order.items.reduce((sum, item) => sum + item.quantity, 0);
}

function required<T>(outcome: CallOutcome<T>, service: string): T {
  if (outcome.ok) return outcome.value;
  const what = outcome.reason === 'timeout' ? 'did not answer in time' : `failed (${outcome.message})`;
  throw new ApiError('service_unavailable', `The ${service} service ${what}, and this response cannot be built without it. Retry in a few seconds; in the sandbox, GET /api/v1/sandbox/bff/upstreams shows the services' settings and PUT changes them.`, {
    headers: { 'Retry-After': '5' },
  });
}

function optional<T, S>(outcome: CallOutcome<T>, section: string, degraded: Degraded[], shape: (value: T) => S): S | null {
  if (outcome.ok) return shape(outcome.value);
  degraded.push({ section, reason: outcome.reason });
  return null;
}
