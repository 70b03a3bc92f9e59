/**
 * The dashboard as it should be, built by the grader from the sandbox's REST API: the
 * yardstick both of the learner's functions are measured against.
 */
import type { Sandbox } from '../../../sandbox/index';
import { sandboxJson } from './sandbox-fetch';

interface RestMoney {
  amount: number;
  currency: string;
}

interface RestOrder {
  id: string;
  status: string;
  created_at: string;
  total: RestMoney;
  items: { product_id: string; quantity: number }[];
}

/** "114.99 EUR" from { amount: 11499, currency: "EUR" }, in whole numbers (no float rounding). */
export function formatMoney({ amount, currency }: RestMoney): string {
  return `${Math.trunc(amount / 100)}.${String(amount % 100).padStart(2, '0')} ${currency}`;
}

/** The dashboard of `userId`, read straight from the sandbox. */
export async function expectedDashboard(sandbox: Sandbox, userId: string): Promise<UserDashboard> {
  const user = (await sandboxJson<{ data: { id: string; name: string } }>(sandbox, `/api/v1/users/${userId}`)).data;
  const orders = (await sandboxJson<{ data: RestOrder[] }>(sandbox, `/api/v1/users/${userId}/orders?limit=100`)).data;
  const productNames = new Map<string, string>();
  for (const id of new Set(orders.flatMap((order) => order.items.map((item) => item.product_id)))) {
    productNames.set(id, (await sandboxJson<{ data: { name: string } }>(sandbox, `/api/v1/products/${id}`)).data.name);
  }
  return {
    user: { id: user.id, name: user.name },
    orders: orders
      .map((order) => ({
        id: order.id,
        status: order.status,
        placedAt: order.created_at,
        total: formatMoney(order.total),
        items: order.items.map((item) => ({ quantity: item.quantity, product: { id: item.product_id, name: productNames.get(item.product_id)! } })),
      }))
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt)),
  };
}
