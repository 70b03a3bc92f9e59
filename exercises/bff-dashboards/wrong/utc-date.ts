/**
 * Wrong: dates mobile orders by slicing the UTC timestamp, the day before or after for customers far from UTC.
 */

function units(order: Order): number {
  return order.items.reduce((sum, item) => sum + item.quantity, 0);
}

export async function mobileDashboard(services: ShopServices, userId: string): Promise<MobileDashboard> {
  // The profile is required: if it fails, the whole call fails. The other two may degrade.
  const [profile, orders, recommendations] = await Promise.all([
    services.users.getProfile(userId),
    services.orders.listOrders(userId, { limit: 5 }).catch(() => null),
    services.products.getRecommendations(userId, { limit: 10 }).catch(() => null),
  ]);
  const degraded: string[] = [];
  if (orders === null) degraded.push('recent_orders');
  if (recommendations === null) degraded.push('recommendations');
  return {
    user: { first_name: profile.first_name, avatar_url: profile.avatar_url, membership_tier: profile.membership_tier },
    recent_orders:
      orders?.orders.map((order) => ({ id: order.id, status: order.status, date: order.created_at.slice(0, 10), item_count: units(order), total_cents: order.total_cents })) ?? null,
    recommendations: recommendations?.map((product) => ({ id: product.id, name: product.name, price_cents: product.price_cents, rating: product.average_rating })) ?? null,
    degraded,
  };
}

export async function adminDashboard(services: ShopServices, userId: string): Promise<AdminDashboard> {
  const [user, list, preferences] = await Promise.all([services.users.getProfile(userId), services.orders.listOrders(userId, { limit: 20 }), services.users.getPreferences(userId)]);
  return {
    user,
    orders: list.orders,
    preferences,
    // The service's totals cover every order; counting the page would stop at twenty.
    analytics: { total_orders: list.total_count, total_spent_cents: list.total_spent_cents },
  };
}

export async function partnerOrders(services: ShopServices, userId: string): Promise<PartnerOrdersV1> {
  const list = await services.orders.listOrders(userId, { limit: 20 });
  return {
    api_version: '1',
    customer_id: userId,
    // Field by field: spreading the order would publish internal_notes and the address.
    orders: list.orders.map((order) => ({
      order_id: order.id,
      status: order.status,
      placed_at: new Date(order.created_at).toISOString(),
      item_count: units(order),
      total_amount_minor: order.total_cents,
      currency: order.currency,
    })),
  };
}
