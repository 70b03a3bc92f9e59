// Types the editor knows about while you solve "graphql-vs-rest". They are global:
// use them in your code without importing anything.

/**
 * The fetch the checks hand you: the browser's fetch, answered by the sandbox. Paths
 * are relative to it, e.g. fetch('/api/v1/users/usr_1'). The checks count every call
 * and the bytes that come back.
 */
type DashboardFetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The account dashboard of one user: who they are, and their orders. */
interface UserDashboard {
  user: {
    id: string;
    name: string;
  };
  /** All of the user's orders, newest first; [] when they have none. */
  orders: DashboardOrder[];
}

interface DashboardOrder {
  id: string;
  /** Lower case, as the REST API writes it: "pending", "paid", "shipped", "delivered" or "cancelled". */
  status: string;
  /** When the order was placed, RFC 3339 in UTC, e.g. "2026-01-10T11:00:00.000Z". */
  placedAt: string;
  /** Amount with two decimals, a space and the currency, as GraphQL's Money writes it: "114.99 EUR". */
  total: string;
  /** The order's lines, in the order the API lists them. */
  items: DashboardOrderItem[];
}

interface DashboardOrderItem {
  quantity: number;
  product: {
    id: string;
    name: string;
  };
}
