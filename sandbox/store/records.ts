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
