import { orderTotal } from '../store/money';
import type { OrderRecord, OrderStatus, ProductRecord } from '../store/records';
import { seedProducts } from '../store/seed';
import type { Store } from '../store/store';

/**
 * The order service's archive: last year's orders, read-only, so that a dashboard has twenty
 * orders to show and the web and mobile payloads differ as much as they would in a real shop.
 * Live orders (/api/v1/orders) come first; archived ones have `arc_` ids and never collide. Archived prices come
 * from the seed catalogue, so a later price change does not rewrite last year's history.
 */

const ARCHIVED_PER_USER: Record<string, number> = { usr_1: 24, usr_2: 9, usr_3: 2 };
const STATUSES: readonly OrderStatus[] = ['delivered', 'delivered', 'delivered', 'cancelled'];

/** The archived orders of one user, newest first; built from the seed products' prices. */
export function archivedOrders(userId: string, products: readonly ProductRecord[]): OrderRecord[] {
  const count = ARCHIVED_PER_USER[userId] ?? 0;
  const userNumber = Number(userId.replace(/\D/g, '')) || 0;
  const orders: OrderRecord[] = [];
  for (let n = 1; n <= count && products.length > 0; n++) {
    const itemsInOrder = 1 + ((n + userNumber) % 3);
    const items = Array.from({ length: itemsInOrder }, (_, i) => {
      const product = products[(n + i + userNumber) % products.length]!;
      return { id: `arc_itm_${userNumber}_${n}_${i + 1}`, product_id: product.id, quantity: 1 + ((n + i) % 2), unit_price: { ...product.price_money } };
    });
    // Every 9 days back from the end of 2025, at 23:30 UTC: a different calendar day in most time zones.
    const created = new Date(Date.UTC(2025, 11, 31, 23, 30) - (n - 1) * 9 * 86_400_000).toISOString();
    orders.push({ id: `arc_${userNumber}_${n}`, user_id: userId, items, status: STATUSES[n % STATUSES.length]!, total: orderTotal(items), created_at: created });
  }
  return orders;
}

const ARCHIVE_PRODUCTS = seedProducts();

/** Every order of a user, live and archived, newest first. */
export function orderHistory(store: Store, userId: string): OrderRecord[] {
  const live = store.orders.all().filter((order) => order.user_id === userId);
  return [...live, ...archivedOrders(userId, ARCHIVE_PRODUCTS)].sort((a, b) => b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id));
}
