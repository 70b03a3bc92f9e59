import { formatId } from './ids';
import { orderTotal } from './money';
import type { OrderItemRecord, OrderRecord, ProductRecord, UserRecord } from './records';

/*
 * The data every sandbox starts with and returns to on reset(). Chapters and
 * Try-it blocks refer to these exact ids and values, so change them only
 * together with the chapter text (see /work/briefs/endpoints.md).
 */

/** The prefix of order item ids; the seed orders hold itm_1..itm_6. */
export const ORDER_ITEM_PREFIX = 'itm';
/** How many items the seed orders hold, so new items continue at itm_7. */
export const SEED_ORDER_ITEMS = 6;

export function seedUsers(): UserRecord[] {
  return [
    { id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com', created_at: '2026-01-05T09:00:00.000Z' },
    { id: 'usr_2', name: 'Grace Hopper', email: 'grace@example.com', created_at: '2026-01-06T10:30:00.000Z' },
    { id: 'usr_3', name: 'Alan Turing', email: 'alan@example.com', created_at: '2026-01-07T14:15:00.000Z' },
  ];
}

export function seedProducts(): ProductRecord[] {
  const eur = (amount: number) => ({ amount, currency: 'EUR' as const });
  return [
    {
      id: 'prd_1',
      name: 'Mechanical keyboard',
      description: 'Tenkeyless keyboard with tactile switches.',
      price_money: eur(8999),
      created_at: '2026-01-02T08:00:00.000Z',
    },
    {
      id: 'prd_2',
      name: 'USB-C cable',
      description: 'Braided USB-C to USB-C cable, 2 m.',
      price_money: eur(1250),
      created_at: '2026-01-02T08:05:00.000Z',
    },
    {
      id: 'prd_3',
      name: '27-inch monitor',
      description: '27-inch IPS monitor, 2560×1440.',
      price_money: eur(24900),
      created_at: '2026-01-02T08:10:00.000Z',
    },
    {
      id: 'prd_4',
      name: 'Laptop stand',
      description: 'Aluminium stand that lifts a laptop to eye level.',
      price_money: eur(3995),
      created_at: '2026-01-02T08:15:00.000Z',
    },
  ];
}

export function seedOrders(): OrderRecord[] {
  const prices = new Map(seedProducts().map((product) => [product.id, product.price_money]));
  let itemCount = 0;
  const item = (product_id: string, quantity: number): OrderItemRecord => ({
    id: formatId(ORDER_ITEM_PREFIX, ++itemCount),
    product_id,
    quantity,
    unit_price: { ...prices.get(product_id)! },
  });
  const order = (
    id: string,
    user_id: string,
    items: OrderItemRecord[],
    status: OrderRecord['status'],
    created_at: string,
  ): OrderRecord => ({ id, user_id, items, status, total: orderTotal(items), created_at });

  return [
    order('ord_1', 'usr_1', [item('prd_1', 1), item('prd_2', 2)], 'delivered', '2026-01-10T11:00:00.000Z'),
    order('ord_2', 'usr_1', [item('prd_3', 1)], 'shipped', '2026-01-12T16:20:00.000Z'),
    order('ord_3', 'usr_2', [item('prd_4', 1), item('prd_2', 1)], 'paid', '2026-01-13T09:45:00.000Z'),
    order('ord_4', 'usr_3', [item('prd_1', 1)], 'pending', '2026-01-14T13:05:00.000Z'),
  ];
}
