/**
 * What the store keeps. These are the sandbox's own rows, not the API's wire shapes:
 * the routes present them (adding links, and the product's legacy `price`).
 */

/** An amount of money in integer minor units (cents), so that no float ever rounds a price. */
export interface Money {
  amount: number;
  currency: 'EUR';
}

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  created_at: string;
}

export interface ProductRecord {
  id: string;
  name: string;
  description: string;
  price_money: Money;
  created_at: string;
}

export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderItemRecord {
  /** `itm_` ids, unique across all orders, so a list of one order's items can be paged by id. */
  id: string;
  product_id: string;
  quantity: number;
  /** The product's price when the item was ordered; later price changes don't rewrite history. */
  unit_price: Money;
}

export interface OrderRecord {
  id: string;
  user_id: string;
  items: OrderItemRecord[];
  status: OrderStatus;
  total: Money;
  created_at: string;
}

/** A user's shop profile: who the shop ships to and bills. */
export interface CustomerRecord {
  id: string;
  user_id: string;
  name: string;
  email: string;
  created_at: string;
}

export interface AddressRecord {
  id: string;
  customer_id: string;
  line1: string;
  line2: string | null;
  city: string;
  postal_code: string;
  /** ISO 3166-1 alpha-2, e.g. GB. */
  country: string;
  created_at: string;
}
