/**
 * Three Backends for Frontends over the same services. The mobile one is a first draft,
 * written the way it often is on a first day: it works, but read the contracts in the task
 * (and the checks) before you trust it. The other two are yours to write.
 */

export async function mobileDashboard(services: ShopServices, userId: string): Promise<MobileDashboard> {
  const profile = await services.users.getProfile(userId);
  const list = await services.orders.listOrders(userId, { limit: 5 });
  const recommendations = await services.products.getRecommendations(userId, { limit: 10 });
  return {
    user: { first_name: profile.first_name, avatar_url: profile.avatar_url, membership_tier: profile.membership_tier },
    recent_orders: list.orders.map((order) => ({
      id: order.id,
      status: order.status,
      date: order.created_at.slice(0, 10),
      item_count: order.items.length,
      total_cents: order.total_cents,
    })),
    recommendations: recommendations.map((product) => ({ id: product.id, name: product.name, price_cents: product.price_cents, rating: product.average_rating })),
    degraded: [],
  };
}

export async function adminDashboard(services: ShopServices, userId: string): Promise<AdminDashboard> {
  throw new Error(`adminDashboard is not written yet: fetch the profile, twenty orders and the preferences of ${userId} in parallel.`);
}

export async function partnerOrders(services: ShopServices, userId: string): Promise<PartnerOrdersV1> {
  throw new Error(`partnerOrders is not written yet: map ${userId}'s orders into the v1 partner format.`);
}
