import type { Money, OrderItemRecord } from './records';

/** Adds up `quantity × unit_price` over an order's items, in minor units. */
export function orderTotal(items: readonly OrderItemRecord[]): Money {
  const amount = items.reduce((sum, item) => sum + item.quantity * item.unit_price.amount, 0);
  return { amount, currency: 'EUR' };
}

/** The legacy decimal form of a price (8999 → 89.99), kept only for old clients. */
export function toDecimal(money: Money): number {
  return money.amount / 100;
}
