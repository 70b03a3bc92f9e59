// Wrong: builds the query text with the user id pasted in, instead of a variable.
/**
 * One user's dashboard, fetched twice: from the REST API (a request per resource) and
 * from GraphQL (one query that follows the links on the server).
 *
 * @example
 * const viaRest = await dashboardViaRest(fetch, 'usr_1');       // 5 round trips for Ada
 * const viaGraphql = await dashboardViaGraphql(fetch, 'usr_1'); // 1 round trip, same data
 */

/** GET a REST resource and return its `data`; throws with the status when it fails. */
async function getData<T>(fetch: DashboardFetch, path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return ((await response.json()) as { data: T }).data;
}

interface RestOrder {
  id: string;
  status: string;
  created_at: string;
  total: { amount: number; currency: string };
  items: { product_id: string; quantity: number }[];
}

/** "114.99 EUR" from cents, with integer arithmetic so no float rounding creeps in. */
function money({ amount, currency }: { amount: number; currency: string }): string {
  return `${Math.trunc(amount / 100)}.${String(amount % 100).padStart(2, '0')} ${currency}`;
}

const newestFirst = (a: DashboardOrder, b: DashboardOrder) => b.placedAt.localeCompare(a.placedAt);

/** REST: the user, their orders, then each distinct product for its name. */
export async function dashboardViaRest(fetch: DashboardFetch, userId: string): Promise<UserDashboard> {
  const id = encodeURIComponent(userId);
  // The user and the orders do not depend on each other: ask for both at once.
  const [user, orders] = await Promise.all([
    getData<{ id: string; name: string }>(fetch, `/api/v1/users/${id}`),
    getData<RestOrder[]>(fetch, `/api/v1/users/${id}/orders`),
  ]);
  // The N+1 part: one request per product. Deduplicated, and sent in parallel.
  const productIds = [...new Set(orders.flatMap((order) => order.items.map((item) => item.product_id)))];
  const products = await Promise.all(productIds.map((productId) => getData<{ id: string; name: string }>(fetch, `/api/v1/products/${encodeURIComponent(productId)}`)));
  const names = new Map(products.map((product) => [product.id, product.name]));
  return {
    user: { id: user.id, name: user.name },
    orders: orders
      .map((order) => ({
        id: order.id,
        status: order.status,
        placedAt: order.created_at,
        total: money(order.total),
        items: order.items.map((item) => ({ quantity: item.quantity, product: { id: item.product_id, name: names.get(item.product_id) ?? '' } })),
      }))
      .sort(newestFirst),
  };
}

// One constant query: only the fields the dashboard shows, the user id as a variable.
const dashboardQuery = (userId: string) => /* GraphQL */ `
  query Dashboard {
    user(id: "${userId}") {
      id
      name
      orders {
        nodes {
          id
          status
          createdAt
          total
          items {
            quantity
            product { id name }
          }
        }
      }
    }
  }
`;

interface GraphqlOrder {
  id: string;
  status: string;
  createdAt: string;
  total: string;
  items: { quantity: number; product: { id: string; name: string } }[];
}

/** GraphQL: the whole dashboard in one POST. */
export async function dashboardViaGraphql(fetch: DashboardFetch, userId: string): Promise<UserDashboard> {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: dashboardQuery(userId) }),
  });
  const result = (await response.json()) as {
    data?: { user: { id: string; name: string; orders: { nodes: GraphqlOrder[] } } | null } | null;
    errors?: { message: string }[];
  };
  // GraphQL may answer 200 with errors: check the body, not only the status.
  if (result.errors?.length || !result.data?.user) {
    throw new Error(`The dashboard query failed: ${result.errors?.[0]?.message ?? `user ${userId} not found`}`);
  }
  const { user } = result.data;
  return {
    user: { id: user.id, name: user.name },
    orders: user.orders.nodes
      .map((order) => ({
        id: order.id,
        status: order.status.toLowerCase(),
        placedAt: order.createdAt,
        total: order.total,
        items: order.items.map((item) => ({ quantity: item.quantity, product: { id: item.product.id, name: item.product.name } })),
      }))
      .sort(newestFirst),
  };
}
