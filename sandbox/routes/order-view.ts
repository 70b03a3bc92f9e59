import type { Principal } from '../auth/principal';
import { resourcePath } from '../patterns/links';
import { orderHypermedia } from '../patterns/order-actions';
import { listPage, type ListQuery } from '../patterns/pagination';
import type { Listing } from '../store/collection';
import { orderTotal } from '../store/money';
import type { OrderItemRecord, OrderRecord } from '../store/records';
import type { Store } from '../store/store';

/** How orders and their items look on the wire, shared by every route that returns them. */

/** An item as clients see it: with a link to its product. */
export function presentItem(item: OrderItemRecord) {
  return { ...item, links: { product: resourcePath('products', item.product_id) } };
}

/** A stored order as `principal` sees it: each item links to its product, and `_links` and `_actions` say what comes next. */
export function presentOrder(order: OrderRecord, principal: Principal) {
  return { ...order, items: order.items.map(presentItem), ...orderHypermedia(order, principal) };
}

/** The envelope's plain links (kept beside `_links`, which came later). */
export function orderLinks(order: Pick<OrderRecord, 'id' | 'user_id'>) {
  return { self: resourcePath('orders', order.id), user: resourcePath('users', order.user_id) };
}

/** The body and headers of one page of orders, each with its links and the actions `principal` may take. */
export function orderPage(listing: Listing<OrderRecord>, query: ListQuery, path: string, principal: Principal) {
  const page = listPage(listing, query, path);
  return {
    body: { data: page.items.map((order) => ({ ...presentOrder(order, principal), links: orderLinks(order) })), links: page.links, meta: page.meta },
    headers: page.headers,
  };
}

/**
 * New items, priced at each product's current price (they keep that price from then on),
 * with fresh item ids. The products must exist (see checkReferences).
 */
export function priceItems(store: Store, items: readonly { product_id: string; quantity: number }[]): OrderItemRecord[] {
  return items.map((item) => ({
    id: store.orderItemIds.next(),
    product_id: item.product_id,
    quantity: item.quantity,
    unit_price: { ...store.products.get(item.product_id)!.price_money },
  }));
}

/** The order's total after its items changed. */
export function withItems(items: OrderItemRecord[]) {
  return { items, total: orderTotal(items) };
}
