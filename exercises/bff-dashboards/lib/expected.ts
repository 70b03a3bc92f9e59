import { ORDERS, PREFERENCES, PROFILES, RECOMMENDABLE } from './shop-data';

/**
 * The grader's own reading of the contracts in exercise.md, from the shop data. Checks
 * compare the learner's answers with these field by field.
 */

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

const units = (order: Order) => order.items.reduce((sum, item) => sum + item.quantity, 0);

export function expectedMobile(userId: string): MobileDashboard {
  const profile = PROFILES[userId]!;
  return {
    user: { first_name: profile.first_name, avatar_url: profile.avatar_url, membership_tier: profile.membership_tier },
    recent_orders: ORDERS[userId]!.slice(0, 5).map((order) => ({ id: order.id, status: order.status, date: dayIn(order.created_at, profile.time_zone), item_count: units(order), total_cents: order.total_cents })),
    recommendations: RECOMMENDABLE.slice(0, 10).map((product) => ({ id: product.id, name: product.name, price_cents: product.price_cents, rating: product.average_rating })),
    degraded: [],
  };
}

export function expectedAdmin(userId: string): AdminDashboard {
  const all = ORDERS[userId]!;
  return {
    user: PROFILES[userId]!,
    orders: all.slice(0, 20),
    preferences: PREFERENCES[userId]!,
    analytics: { total_orders: all.length, total_spent_cents: all.filter((o) => o.status !== 'cancelled').reduce((sum, o) => sum + o.total_cents, 0) },
  };
}

export function expectedPartner(userId: string): PartnerOrdersV1 {
  return {
    api_version: '1',
    customer_id: userId,
    orders: ORDERS[userId]!.slice(0, 20).map((order) => ({
      order_id: order.id,
      status: order.status,
      placed_at: new Date(order.created_at).toISOString(),
      item_count: units(order),
      total_amount_minor: order.total_cents,
      currency: order.currency,
    })),
  };
}

/**
 * The first place where `actual` differs from `expected`, as a readable path
 * (`recent_orders[2].date`), or null when they are equal. Extra keys in `actual` are
 * ignored here; the partner check forbids them separately.
 */
export function firstDifference(actual: unknown, expected: unknown, path = ''): { path: string; actual: unknown; expected: unknown } | null {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return { path, actual, expected };
    if (actual.length !== expected.length) return { path: `${path}.length`, actual: actual.length, expected: expected.length };
    for (let i = 0; i < expected.length; i++) {
      const found = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return { path, actual, expected };
    for (const [key, value] of Object.entries(expected)) {
      const found = firstDifference((actual as Record<string, unknown>)[key], value, path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : { path, actual, expected };
}

/** `value` shortened for a message. */
export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
